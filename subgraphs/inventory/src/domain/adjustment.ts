import { createHash } from 'node:crypto';

export interface AdjustStockInput {
  variantId: string;
  warehouseId: string;
  delta: number;
  reason: string;
}

/** Bigger single adjustments are almost certainly typos (and would risk integer overflow). */
export const MAX_ABS_DELTA = 1_000_000;
export const MAX_REASON_LENGTH = 500;
export const MAX_KEY_LENGTH = 200;

export interface InputProblem {
  message: string;
  field: string;
}

/** The input as it is applied and remembered: identifiers and reason without stray whitespace. */
export function normaliseAdjustment(input: AdjustStockInput): AdjustStockInput {
  return { variantId: input.variantId.trim(), warehouseId: input.warehouseId.trim(), delta: input.delta, reason: input.reason.trim() };
}

/** Malformed requests are refused before any lookup; the first problem is reported. */
export function validateAdjustment(input: AdjustStockInput, idempotencyKey: string): InputProblem | null {
  const key = idempotencyKey.trim();
  if (key.length < 1 || key.length > MAX_KEY_LENGTH)
    return { message: `The idempotency key must be 1 to ${MAX_KEY_LENGTH} characters.`, field: 'idempotencyKey' };
  if (!input.variantId.trim()) return { message: 'Give the variant to adjust.', field: 'input.variantId' };
  if (!input.warehouseId.trim()) return { message: 'Give the warehouse to adjust.', field: 'input.warehouseId' };
  if (!Number.isInteger(input.delta) || input.delta === 0 || Math.abs(input.delta) > MAX_ABS_DELTA) {
    return { message: `The delta must be a non-zero whole number between -${MAX_ABS_DELTA} and ${MAX_ABS_DELTA}.`, field: 'input.delta' };
  }
  const reason = input.reason.trim();
  if (reason.length < 1 || reason.length > MAX_REASON_LENGTH)
    return { message: `Give a reason of 1 to ${MAX_REASON_LENGTH} characters.`, field: 'input.reason' };
  return null;
}

/**
 * Fingerprint of a request, stored with its idempotency key: a retry must match it exactly. Fields
 * are listed explicitly so that key order in the caller's JSON cannot change the hash.
 */
export function adjustmentRequestHash(input: AdjustStockInput): string {
  const n = normaliseAdjustment(input);
  const canonical = JSON.stringify(['adjustStock/v1', n.variantId, n.warehouseId, n.delta, n.reason]);
  return createHash('sha256').update(canonical).digest('hex');
}
