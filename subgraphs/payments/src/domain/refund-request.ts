import { createHash, randomUUID } from 'node:crypto';
import { formatMinor, parseAmount } from '@shop/kit';

/** `RefundPaymentInput` as the API receives it. */
export interface RefundRequestInput {
  paymentId: string;
  /** Decimal major units, e.g. "12.50". */
  amount: string;
  reason?: string | null;
}

export const MAX_KEY_LENGTH = 200;
export const MAX_REASON_LENGTH = 500;

export interface InputProblem {
  message: string;
  field: string;
}

/** Malformed requests (not business failures) are refused before any lookup. */
export function validateRefundRequest(input: RefundRequestInput, idempotencyKey: string): InputProblem | null {
  const key = idempotencyKey.trim();
  if (key.length < 1 || key.length > MAX_KEY_LENGTH)
    return { message: `The idempotency key must be 1 to ${MAX_KEY_LENGTH} characters.`, field: 'idempotencyKey' };
  if (!input.paymentId.trim()) return { message: 'Give the payment to refund.', field: 'input.paymentId' };
  if ((input.reason ?? '').length > MAX_REASON_LENGTH) return { message: `The reason may be at most ${MAX_REASON_LENGTH} characters.`, field: 'input.reason' };
  return null;
}

/** The amount in minor units of the payment's currency: a positive whole number, or why not. */
export function parseRefundAmount(amount: string, currencyCode: string): { ok: true; minor: number } | { ok: false; message: string } {
  let minor: number;
  try {
    minor = parseAmount(amount, currencyCode);
  } catch (error) {
    return { ok: false, message: `The amount ${(error as Error).message}.` };
  }
  if (minor <= 0) return { ok: false, message: `The amount must be more than ${formatMinor(0, currencyCode)}.` };
  return { ok: true, minor };
}

/**
 * Fingerprint of a refund request, stored with its idempotency key: a retry must match it. The
 * amount is compared in minor units, so "5" and "5.00" are the same request.
 */
export function refundRequestHash(request: { paymentId: string; amountMinor: number; reason: string | null }): string {
  const canonical = JSON.stringify(['refundPayment/v1', request.paymentId, request.amountMinor, request.reason]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Keys live in one table: callers' keys and the saga's own are namespaced so they never meet. */
export const apiKey = (key: string) => `api:${key.trim()}`;

/**
 * A fresh key per cancellation-refund attempt. Safety does not rest on it: the ledger ceiling lets
 * only one attempt reserve the remainder, and a refused attempt (provider down) must not block the
 * next one under a stored failure.
 */
export const cancellationKey = (paymentId: string) => `saga:cancel:${paymentId}:${randomUUID()}`;
