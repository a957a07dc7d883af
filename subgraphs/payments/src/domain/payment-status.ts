/**
 * The payment lifecycle. A checkout payment waits (PENDING) until its order is both placed and
 * reserved, is sent to the provider (AUTHORIZING), then is authorized and either captured or
 * voided; captured money can be refunded in one or more parts. A payment whose order closes before
 * it was sent is CANCELLED and never reaches the provider. FAILED, VOIDED, CANCELLED and REFUNDED
 * are final.
 *
 *   PENDING ──> AUTHORIZING ──> AUTHORIZED ──> CAPTURED ──> PARTIALLY_REFUNDED ──> REFUNDED
 *      │              │              │             └─────────────────────────────────^
 *      └─> CANCELLED  └─> FAILED     └─> VOIDED
 */
export const PAYMENT_STATUSES = [
  'PENDING',
  'AUTHORIZING',
  'AUTHORIZED',
  'CAPTURED',
  'PARTIALLY_REFUNDED',
  'REFUNDED',
  'VOIDED',
  'FAILED',
  'CANCELLED',
] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** What happened to a payment, as recorded in its ledger. */
export const LEDGER_KINDS = ['AUTHORIZE', 'CAPTURE', 'VOID', 'REFUND'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

const TRANSITIONS: Record<PaymentStatus, readonly PaymentStatus[]> = {
  PENDING: ['AUTHORIZING', 'CANCELLED'],
  // Only one worker wins PENDING -> AUTHORIZING, so only one asks the provider.
  AUTHORIZING: ['AUTHORIZED', 'FAILED'],
  // A failed capture leaves the authorization in place, so AUTHORIZED does not go to FAILED.
  AUTHORIZED: ['CAPTURED', 'VOIDED'],
  CAPTURED: ['PARTIALLY_REFUNDED', 'REFUNDED'],
  // A second partial refund keeps the status; the refunded amount is what moves.
  PARTIALLY_REFUNDED: ['PARTIALLY_REFUNDED', 'REFUNDED'],
  REFUNDED: [],
  VOIDED: [],
  FAILED: [],
  CANCELLED: [],
};

export function canTransition(from: PaymentStatus, to: PaymentStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Every status that may move to `to`: the `status in (...)` guard of a compare-and-set. */
export const sourcesOf = (to: PaymentStatus): PaymentStatus[] => PAYMENT_STATUSES.filter((from) => canTransition(from, to));

export const isFinal = (status: PaymentStatus) => TRANSITIONS[status].length === 0;

/** Statuses in which the payment holds captured money. */
export const CAPTURED_STATES: readonly PaymentStatus[] = ['CAPTURED', 'PARTIALLY_REFUNDED', 'REFUNDED'];
export const isCaptured = (status: PaymentStatus) => CAPTURED_STATES.includes(status);

/** Statuses from which a refund may be taken (REFUNDED has nothing left). */
export const REFUNDABLE_STATES: readonly PaymentStatus[] = ['CAPTURED', 'PARTIALLY_REFUNDED'];

/**
 * The ledger entries (kind and amount) a payment in `status` must have behind it, oldest first.
 * Used to give seeded payments a consistent history.
 */
export function impliedLedger(payment: { status: PaymentStatus; amountMinor: number; refundedMinor: number }): { kind: LedgerKind; amountMinor: number }[] {
  const { status, amountMinor, refundedMinor } = payment;
  switch (status) {
    case 'PENDING':
    case 'AUTHORIZING':
    case 'FAILED':
    case 'CANCELLED':
      return [];
    case 'AUTHORIZED':
      return [{ kind: 'AUTHORIZE', amountMinor }];
    case 'VOIDED':
      return [
        { kind: 'AUTHORIZE', amountMinor },
        { kind: 'VOID', amountMinor },
      ];
    case 'CAPTURED':
      return [
        { kind: 'AUTHORIZE', amountMinor },
        { kind: 'CAPTURE', amountMinor },
      ];
    case 'PARTIALLY_REFUNDED':
    case 'REFUNDED':
      return [
        { kind: 'AUTHORIZE', amountMinor },
        { kind: 'CAPTURE', amountMinor },
        { kind: 'REFUND', amountMinor: refundedMinor },
      ];
  }
}
