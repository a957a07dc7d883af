import { badInput, forbidden, gaplessFeed, isStaff, unauthenticated, type Identity } from '@shop/kit';
import { whenReady, type PubSub, type PubSubSubscription } from '@shop/stores';
import type { FeedRow, OrderFeedStore } from '../db/order-feed-store';
import type { OrderRow, OrderStore } from '../db/order-store';
import { canReadOrder } from '../domain/access';
import { formatFeedCursor, parseFeedCursor } from '../domain/feed-cursor';
import { ALL_ORDERS_TOPIC, orderTopic, updateFromHistory, type LiveOrderUpdate, type OrderUpdateEvent } from '../events/live-orders';
import type { Loaders } from '../loaders';
import { horizonFeed } from './horizon-feed';

/** Stored changes read per catch-up query. */
const HISTORY_PAGE = 100;
/** The all-orders feed re-reads this often while a change seen live is still above the horizon, for up to FEED_GIVE_UP_MS. */
const FEED_RETRY_MS = 100;
const FEED_GIVE_UP_MS = 30_000;

const changeKey = (m: { orderId: string; version: number }) => `${m.orderId}:${m.version}`;
const feedUpdate = (row: FeedRow): OrderUpdateEvent => ({ ...updateFromHistory(row), cursor: formatFeedCursor(row.cursor) });

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

/** Feed rows as OrderUpdates, passing `return()` straight through. */
function mappedRows(rows: AsyncIterableIterator<FeedRow>): AsyncIterableIterator<OrderUpdateEvent> {
  return {
    async next() {
      const result = await rows.next();
      return result.done ? { done: true, value: undefined } : { done: false, value: feedUpdate(result.value) };
    },
    async return() {
      await rows.return?.();
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
export function createOrderTrackingService(store: OrderStore, feed: OrderFeedStore, pubsub: PubSub, identity: Identity, loaders: Loaders) {
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

    /**
     * Every order's changes, for staff dashboards: after the `after` cursor (a reconnecting client's
     * last one), else from now on. Each carries its cursor; see horizonFeed for why none is lost or doubled.
     */
    async ordersUpdated(after?: string | null): Promise<AsyncIterableIterator<OrderUpdateEvent>> {
      if (!identity.userId) throw unauthenticated();
      if (!isStaff(identity)) throw forbidden('Only support staff and admins can follow every order.');
      const from = after == null ? undefined : parseFeedCursor(after);
      // Subscribed before the head or the first read, so that no change falls between them.
      const live = await whenReady(pubsub.subscribe<LiveOrderUpdate>(ALL_ORDERS_TOPIC));
      try {
        const rows = horizonFeed<FeedRow, FeedRow['cursor']>({
          live,
          liveKey: (message) => changeKey(message as LiveOrderUpdate),
          key: changeKey,
          cursor: (row) => row.cursor,
          readAfter: (cursor, limit) => feed.after(cursor, limit),
          after: from ?? (await feed.head()),
          pageSize: HISTORY_PAGE,
          retryMs: FEED_RETRY_MS,
          giveUpMs: FEED_GIVE_UP_MS,
        });
        return mappedRows(rows);
      } catch (error) {
        await live.return?.();
        throw error;
      }
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
