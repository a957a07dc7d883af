import { refundableMinor, type PaymentAmounts } from './refunds';

/**
 * The checkout saga as payments sees one order: what it has heard (the order was placed, the stock
 * was reserved, the order closed) and the state of the order's payment. `nextStep` is the whole
 * policy; a worker applies the step, records its result and asks again, so a redelivered event, a
 * second worker or a restart after a crash all converge on the same outcome.
 */
export interface SagaState {
  payment: (PaymentAmounts & { updatedAt: string }) | null;
  /** inventory.reserved was seen for the order. */
  reserved: boolean;
  /** The order was cancelled (or ran out of stock): it must never be charged, and money taken goes back. */
  closed: boolean;
  /** When the reservation's hold lapses (inventory.reserved's expiresAt); null when unknown. */
  holdExpiresAt?: string | null;
  /** inventory.released was seen: the stock is no longer held for the order, which will be cancelled. */
  holdReleased?: boolean;
  /** ai's fraud risk level (order.risk_assessed); null until it arrives. */
  riskLevel?: RiskLevel | null;
  /** payment.held was announced: the order waits for staff's review. */
  held?: boolean;
  /** Staff approved the held order (order.updated ON_HOLD -> RESERVED): capture it. */
  approved?: boolean;
}

export type RiskLevel = 'LOW' | 'MEDIUM' | 'HIGH';

export type SagaStep =
  /** Nothing to do now: waiting for an event, finished, or another worker holds the step. */
  | 'NONE'
  /** PENDING and reserved: claim the payment (PENDING -> AUTHORIZING) and ask the provider. */
  | 'AUTHORIZE'
  /** AUTHORIZING for longer than a worker takes: its worker died; ask again with the same key. */
  | 'RESUME_AUTHORIZATION'
  | 'CAPTURE'
  /** Authorised and HIGH risk: announce payment.held (once) and wait for the review; never capture before it. */
  | 'HOLD'
  | 'VOID'
  /** PENDING and closed, or its hold is gone: it will never be sent to the provider. */
  | 'CANCEL'
  /** Captured and closed: give back what is still refundable. */
  | 'REFUND_REMAINDER';

/** How long a step may be in flight before another worker assumes its worker died. */
export const STALE_AFTER_MS = 30_000;

/**
 * A charge is only started while the hold has at least this long to run, so that authorising,
 * capturing and inventory's commit all happen before it lapses (a hold that lapses mid-way gets
 * its order cancelled and the charge refunded).
 */
export const HOLD_MARGIN_MS = 5_000;

/**
 * Whether the stock is still held for the order `marginMs` from now. Payments learns it from
 * inventory's events only (reserved with its expiresAt, released), never from inventory's tables.
 */
export function holdActive(state: Pick<SagaState, 'holdExpiresAt' | 'holdReleased'>, now: number, marginMs = HOLD_MARGIN_MS): boolean {
  if (state.holdReleased) return false;
  return !state.holdExpiresAt || Date.parse(state.holdExpiresAt) > now + marginMs;
}

/**
 * Fraud review in the saga. `waitMs`: how long an authorised payment waits for ai's risk
 * assessment before it is captured unscreened (fail open: an outage of fraud scoring delays sales
 * by this much, never stops them; 0 captures at once when no assessment is known). `hold`: a HIGH
 * assessment holds the payment for staff's review; off, risk is recorded and never holds.
 */
export interface ReviewPolicy {
  waitMs: number;
  hold: boolean;
}

/** The default of the code (FRAUD_REVIEW=hold and RISK_WAIT_MS=60000 are the process defaults). */
export const NO_RISK_WAIT: ReviewPolicy = { waitMs: 0, hold: true };

export function nextStep(state: SagaState, now: number, staleAfterMs = STALE_AFTER_MS, review: ReviewPolicy = NO_RISK_WAIT): SagaStep {
  const { payment, reserved, closed } = state;
  if (!payment) return 'NONE';
  switch (payment.status) {
    case 'PENDING':
      if (closed || state.holdReleased) return 'CANCEL';
      if (!reserved) return 'NONE';
      // A late (backlogged) reservation whose hold has lapsed is a dead order: never charge it.
      return holdActive(state, now) ? 'AUTHORIZE' : 'CANCEL';
    case 'AUTHORIZING':
      return now - Date.parse(payment.updatedAt) >= staleAfterMs ? 'RESUME_AUTHORIZATION' : 'NONE';
    case 'AUTHORIZED':
      // Captured only while the hold lasts (with no margin: the card is authorised already).
      if (closed || !holdActive(state, now, 0)) return 'VOID';
      if (state.approved || !review.hold) return 'CAPTURE';
      if (state.riskLevel === 'HIGH') return state.held ? 'NONE' : 'HOLD';
      // Authorised (updatedAt) but not assessed yet: wait for the assessment, up to waitMs.
      if (!state.riskLevel && review.waitMs > 0 && now - Date.parse(payment.updatedAt) < review.waitMs) return 'NONE';
      return 'CAPTURE';
    case 'CAPTURED':
    case 'PARTIALLY_REFUNDED':
      return closed && refundableMinor(payment) > 0 ? 'REFUND_REMAINDER' : 'NONE';
    default:
      return 'NONE';
  }
}
