import { isCaptured, type PaymentStatus } from './payment-status';

/** The money facts of a payment, in integer minor units. */
export interface PaymentAmounts {
  status: PaymentStatus;
  amountMinor: number;
  refundedMinor: number;
}

export type RefundErrorCode = 'INVALID_AMOUNT' | 'NOT_REFUNDABLE' | 'EXCEEDS_REFUNDABLE';

export type RefundOutcome =
  { ok: true; refundedMinor: number; status: 'PARTIALLY_REFUNDED' | 'REFUNDED' } | { ok: false; code: RefundErrorCode; refundableMinor: number };

/** Captured money; the whole amount once captured (no partial captures), nothing before. */
export const capturedMinor = (p: PaymentAmounts) => (isCaptured(p.status) ? p.amountMinor : 0);

/** What may still be refunded: captured minus already refunded, never negative. */
export const refundableMinor = (p: PaymentAmounts) => Math.max(0, capturedMinor(p) - p.refundedMinor);

/**
 * Applies a refund of `refundMinor` to a payment. A refund must be a positive whole number of minor
 * units and may never exceed captured - already refunded; the payment becomes REFUNDED exactly
 * when nothing refundable is left.
 */
export function applyRefund(payment: PaymentAmounts, refundMinor: number): RefundOutcome {
  const refundable = refundableMinor(payment);
  if (!Number.isSafeInteger(refundMinor) || refundMinor <= 0) return { ok: false, code: 'INVALID_AMOUNT', refundableMinor: refundable };
  if (refundable === 0) return { ok: false, code: 'NOT_REFUNDABLE', refundableMinor: 0 };
  if (refundMinor > refundable) return { ok: false, code: 'EXCEEDS_REFUNDABLE', refundableMinor: refundable };
  const refundedMinor = payment.refundedMinor + refundMinor;
  return { ok: true, refundedMinor, status: refundedMinor === capturedMinor(payment) ? 'REFUNDED' : 'PARTIALLY_REFUNDED' };
}
