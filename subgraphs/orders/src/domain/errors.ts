/** Business failures of the orders subgraph: returned as `userErrors`, never thrown. */
export const ORDER_ERROR_CODES = [
  'CART_NOT_FOUND',
  'CART_EMPTY',
  'LINE_NOT_FOUND',
  'VARIANT_NOT_FOUND',
  'INVALID_QUANTITY',
  'INSUFFICIENT_STOCK',
  'INVALID_ADDRESS',
  'INVALID_CARD',
  'IDEMPOTENCY_KEY_REUSED',
  'CART_ALREADY_CHECKED_OUT',
  'ORDER_NOT_FOUND',
  'ILLEGAL_TRANSITION',
  'INVALID_INPUT',
] as const;
export type OrderErrorCode = (typeof ORDER_ERROR_CODES)[number];

export interface OrderUserError {
  code: OrderErrorCode;
  message: string;
  /** Path of the offending argument, e.g. `shippingAddress.country`; null when it is not one field. */
  field: string | null;
}

export const userError = (code: OrderErrorCode, message: string, field: string | null = null): OrderUserError => ({ code, message, field });
