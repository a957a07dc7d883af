import type { DomainEvent, PubSub } from '@shop/stores';
import type { OrderStatusChangeRow } from '../db/order-store';
import type { FinancialStatus } from '../domain/financial-status';
import type { FulfillmentStatus } from '../domain/fulfillment-status';
import type { OrderStatus } from '../domain/order-status';
import { ORDER_UPDATED, type OrderUpdatedPayload } from './order-events';

/** Pub/sub topics of live order tracking. */
export const orderTopic = (orderId: string) => `orders:order:${orderId}`;
export const ALL_ORDERS_TOPIC = 'orders:all';

/** What an OrderUpdate is made of: a live `order.updated` (payload + occurredAt) or a stored status change. */
export interface OrderUpdateEvent {
  orderId: string;
  version: number;
  status: OrderStatus;
  previousStatus: OrderStatus | null;
  fulfillmentStatus: FulfillmentStatus;
  previousFulfillmentStatus: FulfillmentStatus | null;
  financialStatus: FinancialStatus;
  previousFinancialStatus: FinancialStatus | null;
  reason: string | null;
  occurredAt: string;
  /** The change's place in the all-orders feed (ordersUpdated only). */
  cursor?: string;
}

/** The live message: the `order.updated` payload and when it occurred. */
export type LiveOrderUpdate = OrderUpdatedPayload & { occurredAt: string };

/** A stored status change, shaped as the live message of the same change. */
export const updateFromHistory = (row: OrderStatusChangeRow): OrderUpdateEvent => ({
  orderId: row.orderId,
  version: row.version,
  status: row.toStatus,
  previousStatus: row.fromStatus,
  fulfillmentStatus: row.toFulfillmentStatus,
  previousFulfillmentStatus: row.fromFulfillmentStatus,
  financialStatus: row.toFinancialStatus,
  previousFinancialStatus: row.fromFinancialStatus,
  reason: row.reason,
  occurredAt: row.at,
});

/**
 * Fans relayed `order.updated` events out to live subscribers. It runs from the outbox relay, so a
 * change reaches subscribers once it is committed and on the bus, from whichever replica relayed it.
 */
export function liveOrderPublisher(pubsub: PubSub) {
  return async (events: DomainEvent[]) => {
    for (const event of events) {
      if (event.type !== ORDER_UPDATED) continue;
      const message: LiveOrderUpdate = { ...(event.payload as OrderUpdatedPayload), occurredAt: event.occurredAt };
      await Promise.all([pubsub.publish(orderTopic(message.orderId), message), pubsub.publish(ALL_ORDERS_TOPIC, message)]);
    }
  };
}
