/**
 * The payment lifecycle. A card is authorized, then either captured or voided; captured money can
 * be refunded in one or more parts. FAILED, VOIDED and REFUNDED are final.
 *
 *   PENDING ──> AUTHORIZED ──> CAPTURED ──> PARTIALLY_REFUNDED ──> REFUNDED
 *      │            │             └──────────────────────────────────^
 *      └─> FAILED   └─> VOIDED
 */
export const PAYMENT_STATUSES = ['PENDING', 'AUTHORIZED', 'CAPTURED', 'PARTIALLY_REFUNDED', 'REFUNDED', 'VOIDED', 'FAILED'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** What happened to a payment, as recorded in its ledger. */
export const LEDGER_KINDS = ['AUTHORIZE', 'CAPTURE', 'VOID', 'REFUND'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

const TRANSITIONS: Record<PaymentStatus, readonly PaymentStatus[]> = {
  PENDING: ['AUTHORIZED', 'FAILED'],
  // A failed capture leaves the authorization in place, so AUTHORIZED does not go to FAILED.
  AUTHORIZED: ['CAPTURED', 'VOIDED'],
  CAPTURED: ['PARTIALLY_REFUNDED', 'REFUNDED'],
  // A second partial refund keeps the status; the refunded amount is what moves.
  PARTIALLY_REFUNDED: ['PARTIALLY_REFUNDED', 'REFUNDED'],
  REFUNDED: [],
  VOIDED: [],
  FAILED: [],
};

export function canTransition(from: PaymentStatus, to: PaymentStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export const isFinal = (status: PaymentStatus) => TRANSITIONS[status].length === 0;

/** Statuses in which the payment holds captured money. */
const CAPTURED_STATES: readonly PaymentStatus[] = ['CAPTURED', 'PARTIALLY_REFUNDED', 'REFUNDED'];
export const isCaptured = (status: PaymentStatus) => CAPTURED_STATES.includes(status);

/**
 * The ledger entries (kind and amount) a payment in `status` must have behind it, oldest first.
 * Used to give seeded payments a consistent history.
 */
export function impliedLedger(payment: { status: PaymentStatus; amountMinor: number; refundedMinor: number }): { kind: LedgerKind; amountMinor: number }[] {
  const { status, amountMinor, refundedMinor } = payment;
  switch (status) {
    case 'PENDING':
    case 'FAILED':
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
