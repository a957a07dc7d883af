import { stateMachine } from './state-machine';

/** Every state an order can be in; the order of this list is the order of the GraphQL enum. */
export const ORDER_STATUSES = [
  'PENDING',
  'RESERVED',
  'ON_HOLD',
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
 * Kept in the enum for clients that still name them, never set any more: refunds move
 * `financialStatus` (./financial-status.ts) and leave the lifecycle where it was (migration 0002
 * gave the rows that had them their status from before the refund).
 */
export const DEPRECATED_ORDER_STATUSES = ['REFUNDED', 'PARTIALLY_REFUNDED'] as const satisfies readonly OrderStatus[];

/**
 * The order lifecycle (docs/commerce-flow.md): the saga, then shipping. Money after the capture
 * (refunds) and the goods' journey have their own machines (financial-status.ts,
 * fulfillment-status.ts); this one stays exact because no refund ever changes it.
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  PENDING: ['RESERVED', 'OUT_OF_STOCK', 'CANCELLED'],
  // ON_HOLD: authorised, HIGH fraud risk, waiting for staff: approved goes back to RESERVED (and is
  // captured), rejected (or its held stock lapsing) is CANCELLED.
  RESERVED: ['CONFIRMED', 'PAYMENT_FAILED', 'CANCELLED', 'ON_HOLD'],
  ON_HOLD: ['RESERVED', 'CANCELLED'],
  CONFIRMED: ['FULFILLED', 'CANCELLED'],
  FULFILLED: ['DELIVERED'],
  DELIVERED: [],
  OUT_OF_STOCK: [],
  PAYMENT_FAILED: [],
  CANCELLED: [],
  // Deprecated: nothing leads to them and nothing leaves them.
  REFUNDED: [],
  PARTIALLY_REFUNDED: [],
};

export const orderLifecycle = stateMachine(ORDER_STATUSES, ORDER_TRANSITIONS);

export const canTransition = orderLifecycle.canTransition;
export const statusesLeadingTo = orderLifecycle.leadingTo;
export const isFinal = orderLifecycle.isFinal;
export const isOrderStatus = orderLifecycle.is;
