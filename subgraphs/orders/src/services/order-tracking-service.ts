import { badInput, forbidden, gaplessFeed, isStaff, unauthenticated, type Identity } from '@shop/kit';
import { whenReady, type PubSub, type PubSubSubscription } from '@shop/stores';
import type { OrderRow, OrderStore } from '../db/order-store';
import { canReadOrder } from '../domain/access';
import { ALL_ORDERS_TOPIC, orderTopic, updateFromHistory, type LiveOrderUpdate, type OrderUpdateEvent } from '../events/live-orders';
import type { Loaders } from '../loaders';

/** Stored changes read per catch-up query. */
const HISTORY_PAGE = 100;

/** Only the fields an OrderUpdate shows, so live and stored changes look alike. */
const toUpdate = (m: LiveOrderUpdate): OrderUpdateEvent => ({
  orderId: m.orderId,
  version: m.version,
  status: m.status,
  previousStatus: m.previousStatus,
  fulfillmentStatus: m.fulfillmentStatus,
  previousFulfillmentStatus: m.previousFulfillmentStatus,
  financialStatus: m.financialStatus,
  previousFinancialStatus: m.previousFinancialStatus,
  reason: m.reason,
  occurredAt: m.occurredAt,
});

/**
 * Live messages as OrderUpdates. Not an async generator: its `return()` would wait for the next
 * message, and a client that leaves must free its pub/sub subscription at once.
 */
function mapped(live: PubSubSubscription<LiveOrderUpdate>): AsyncIterableIterator<OrderUpdateEvent> {
  return {
    async next() {
      const result = await live.next();
      return result.done ? { done: true, value: undefined } : { done: false, value: toUpdate(result.value) };
    },
    async return() {
      await live.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * Live order tracking for one subscription, on behalf of `identity`. Access is decided before any
 * event, with a GraphQLError: UNAUTHENTICATED, or FORBIDDEN for someone else's or an unknown order.
 */
export function createOrderTrackingService(store: OrderStore, pubsub: PubSub, identity: Identity, loaders: Loaders) {
  return {
    /** One order's changes: with `sinceVersion`, the stored ones after it first, then live. */
    async orderUpdated(orderId: string, sinceVersion?: number | null): Promise<AsyncIterableIterator<OrderUpdateEvent>> {
      if (!identity.userId) throw unauthenticated();
      const [order] = await store.findByIds([orderId]);
      if (!order || !canReadOrder(identity, order)) throw forbidden('You can only follow your own orders.');
      if (sinceVersion != null && (sinceVersion < 0 || sinceVersion > order.version)) {
        throw badInput(`sinceVersion must be between 0 and the order's version (${order.version}).`, 'sinceVersion');
      }
      // Subscribed before the first history read, so that no change falls between the two.
      const live = await whenReady(pubsub.subscribe<LiveOrderUpdate>(orderTopic(orderId)));
      return gaplessFeed({
        live: mapped(live),
        position: (update) => update.version,
        readAfter: async (after, limit) => (await store.historyAfter(orderId, after, limit)).map(updateFromHistory),
        after: sinceVersion ?? order.version,
        storeAt: order.version,
        pageSize: HISTORY_PAGE,
      });
    },

    /** Every order's changes from now on, for staff dashboards. */
    async ordersUpdated(): Promise<AsyncIterableIterator<OrderUpdateEvent>> {
      if (!identity.userId) throw unauthenticated();
      if (!isStaff(identity)) throw forbidden('Only support staff and admins can follow every order.');
      return mapped(await whenReady(pubsub.subscribe<LiveOrderUpdate>(ALL_ORDERS_TOPIC)));
    },

    /**
     * The order as it is now. A subscription keeps one context (and its loaders) for its whole
     * life, so each event drops what an earlier one cached before loading.
     */
    async current(orderId: string): Promise<OrderRow | null> {
      loaders.historyByOrder.clear(orderId);
      return loaders.orderById.clear(orderId).load(orderId);
    },
  };
}

export type OrderTrackingService = ReturnType<typeof createOrderTrackingService>;
