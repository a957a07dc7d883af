/** Business failures of stock mutations, returned as data (`userErrors`). */
export type InventoryErrorCode = 'NOT_FOUND' | 'INSUFFICIENT_STOCK' | 'IDEMPOTENCY_KEY_REUSED';

export interface InventoryUserError {
  code: InventoryErrorCode;
  message: string;
  field: string | null;
}

export const userErrors = {
  warehouseNotFound: (warehouseId: string): InventoryUserError => ({
    code: 'NOT_FOUND',
    message: `No warehouse with id ${warehouseId}.`,
    field: 'warehouseId',
  }),
  levelNotFound: (variantId: string, warehouseId: string): InventoryUserError => ({
    code: 'NOT_FOUND',
    message: `Variant ${variantId} has no stock record in warehouse ${warehouseId}.`,
    field: 'variantId',
  }),
  insufficientStock: (available: number): InventoryUserError => ({
    code: 'INSUFFICIENT_STOCK',
    message: `Only ${available} unit(s) can be removed: units reserved for orders stay on hand.`,
    field: 'delta',
  }),
  idempotencyKeyReused: (): InventoryUserError => ({
    code: 'IDEMPOTENCY_KEY_REUSED',
    message: 'This idempotency key was already used for a different adjustment; use a new key.',
    field: 'idempotencyKey',
  }),
};
