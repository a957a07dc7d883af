/** Every state an order can be in; the order of this list is the order of the GraphQL enum. */
export const ORDER_STATUSES = [
  'PENDING',
  'RESERVED',
  'CONFIRMED',
  'FULFILLED',
  'DELIVERED',
  'CANCELLED',
  'OUT_OF_STOCK',
  'PAYMENT_FAILED',
  'REFUNDED',
  'PARTIALLY_REFUNDED',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/**
 * The order lifecycle as a transitions table (docs/commerce-flow.md): the only moves the order
 * process may make. Anything not listed is refused, so a late or duplicated event cannot move an
 * order backwards. PARTIALLY_REFUNDED -> PARTIALLY_REFUNDED is the one self-move: a second partial
 * refund is a change worth recording.
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  PENDING: ['RESERVED', 'OUT_OF_STOCK', 'CANCELLED'],
  RESERVED: ['CONFIRMED', 'PAYMENT_FAILED', 'CANCELLED'],
  CONFIRMED: ['FULFILLED', 'CANCELLED', 'PARTIALLY_REFUNDED', 'REFUNDED'],
  FULFILLED: ['DELIVERED', 'PARTIALLY_REFUNDED', 'REFUNDED'],
  DELIVERED: ['PARTIALLY_REFUNDED', 'REFUNDED'],
  PARTIALLY_REFUNDED: ['PARTIALLY_REFUNDED', 'REFUNDED'],
  OUT_OF_STOCK: [],
  PAYMENT_FAILED: [],
  CANCELLED: [],
  REFUNDED: [],
};

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

/** The states from which `to` may be reached: the WHERE clause of a compare-and-set. */
export const statusesLeadingTo = (to: OrderStatus): OrderStatus[] => ORDER_STATUSES.filter((from) => canTransition(from, to));

/** States no transition leaves. */
export const isFinal = (status: OrderStatus) => ORDER_TRANSITIONS[status].length === 0;

export const isOrderStatus = (value: unknown): value is OrderStatus => typeof value === 'string' && (ORDER_STATUSES as readonly string[]).includes(value);
