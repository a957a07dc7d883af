import type { OrderStatus } from './order-status';
import { stateMachine } from './state-machine';

/**
 * Where the goods are (Shopify's `displayFulfillmentStatus`, reduced to what this shop does: one
 * shipment per order). The order of this list is the order of the GraphQL enum.
 */
export const FULFILLMENT_STATUSES = ['UNFULFILLED', 'FULFILLED', 'DELIVERED'] as const;
export type FulfillmentStatus = (typeof FULFILLMENT_STATUSES)[number];

/** Shipped, then delivered; an order cancelled before it shipped stays UNFULFILLED. */
export const FULFILLMENT_TRANSITIONS: Readonly<Record<FulfillmentStatus, readonly FulfillmentStatus[]>> = {
  UNFULFILLED: ['FULFILLED'],
  FULFILLED: ['DELIVERED'],
  DELIVERED: [],
};

export const fulfillmentMachine = stateMachine(FULFILLMENT_STATUSES, FULFILLMENT_TRANSITIONS);

/** The fulfilment an order in a lifecycle status has had: shipping and delivering move both machines together. */
export const fulfillmentOf = (status: OrderStatus): FulfillmentStatus => (status === 'FULFILLED' || status === 'DELIVERED' ? status : 'UNFULFILLED');
