/** Every state an order can be in; the order of this list is the order of the GraphQL enum. */
export const ORDER_STATUSES = [
  'PENDING',
  'RESERVED',
  'CONFIRMED',
  'FULFILLED',
  'DELIVERED',
  'CANCELLED',
  'PAYMENT_FAILED',
  'REFUNDED',
  'PARTIALLY_REFUNDED',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/**
 * The order lifecycle as a transitions table: the only moves the order process may make. Anything
 * not listed (including staying put) is refused, so a late or duplicated event cannot move an
 * order backwards.
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  PENDING: ['RESERVED', 'PAYMENT_FAILED', 'CANCELLED'],
  RESERVED: ['CONFIRMED', 'PAYMENT_FAILED', 'CANCELLED'],
  CONFIRMED: ['FULFILLED', 'CANCELLED', 'REFUNDED', 'PARTIALLY_REFUNDED'],
  FULFILLED: ['DELIVERED', 'REFUNDED', 'PARTIALLY_REFUNDED'],
  DELIVERED: ['REFUNDED', 'PARTIALLY_REFUNDED'],
  PARTIALLY_REFUNDED: ['REFUNDED'],
  CANCELLED: [],
  PAYMENT_FAILED: [],
  REFUNDED: [],
};

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

/** States no transition leaves. */
export const isFinal = (status: OrderStatus) => ORDER_TRANSITIONS[status].length === 0;

export const isOrderStatus = (value: unknown): value is OrderStatus => typeof value === 'string' && (ORDER_STATUSES as readonly string[]).includes(value);
