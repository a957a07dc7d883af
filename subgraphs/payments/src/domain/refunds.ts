import { REFUNDABLE_STATES, type PaymentStatus } from './payment-status';

/**
 * The money facts of a payment, in integer minor units. `refundPendingMinor` is money promised to
 * refunds the provider has not confirmed yet: it counts against the limit like settled refunds, so
 * two refunds in flight can never promise more than was captured.
 */
export interface PaymentAmounts {
  status: PaymentStatus;
  capturedMinor: number;
  refundedMinor: number;
  refundPendingMinor: number;
}

export type RefundRefusal = 'INVALID_AMOUNT' | 'NOT_REFUNDABLE' | 'REFUND_EXCEEDS_CAPTURED';

export type RefundOutcome =
  { ok: true; refundedMinor: number; status: 'PARTIALLY_REFUNDED' | 'REFUNDED' } | { ok: false; code: RefundRefusal; refundableMinor: number };

/** What may still be refunded: captured minus settled and pending refunds, never negative. */
export function refundableMinor(p: PaymentAmounts): number {
  if (!REFUNDABLE_STATES.includes(p.status)) return 0;
  return Math.max(0, p.capturedMinor - p.refundedMinor - p.refundPendingMinor);
}

/** The status once `refundedMinor` of `capturedMinor` is settled. */
export const statusAfterRefunds = (capturedMinor: number, refundedMinor: number): 'PARTIALLY_REFUNDED' | 'REFUNDED' =>
  refundedMinor >= capturedMinor ? 'REFUNDED' : 'PARTIALLY_REFUNDED';

/**
 * Why a refund of `refundMinor` cannot be taken from the payment, or null when it can. The store
 * enforces the same rule with one conditional UPDATE; this names the reason when it refuses.
 */
export function refundRefusal(payment: PaymentAmounts, refundMinor: number): RefundRefusal | null {
  if (!Number.isSafeInteger(refundMinor) || refundMinor <= 0) return 'INVALID_AMOUNT';
  const refundable = refundableMinor(payment);
  if (refundable === 0) return 'NOT_REFUNDABLE';
  if (refundMinor > refundable) return 'REFUND_EXCEEDS_CAPTURED';
  return null;
}

/**
 * Applies a settled refund of `refundMinor` to a payment that has nothing pending. A refund must be
 * a positive whole number of minor units and may never exceed captured − already refunded; the
 * payment becomes REFUNDED exactly when nothing refundable is left.
 */
export function applyRefund(payment: PaymentAmounts, refundMinor: number): RefundOutcome {
  const code = refundRefusal(payment, refundMinor);
  if (code) return { ok: false, code, refundableMinor: refundableMinor(payment) };
  const refundedMinor = payment.refundedMinor + refundMinor;
  return { ok: true, refundedMinor, status: statusAfterRefunds(payment.capturedMinor, refundedMinor) };
}
