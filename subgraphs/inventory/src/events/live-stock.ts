import type { DomainEvent, PubSub } from '@shop/stores';
import { LOW_STOCK, STOCK_CHANGED, type LowStockPayload, type StockChangedPayload } from './inventory-events';

/** Pub/sub topics of the live stock subscriptions. */
export const stockTopic = (productId: string) => `inventory:stock:${productId}`;
export const ALL_STOCK_TOPIC = 'inventory:stock:*';
export const LOW_STOCK_TOPIC = 'inventory:low-stock';

/**
 * Fans relayed stock events out to live subscribers. It runs from the outbox relay, so a change
 * reaches subscribers once it is committed and on the bus, from whichever replica relayed it.
 */
export function liveStockPublisher(pubsub: PubSub) {
  return async (events: DomainEvent[]) => {
    for (const event of events) {
      if (event.type === STOCK_CHANGED) {
        const payload = event.payload as StockChangedPayload;
        await Promise.all([pubsub.publish(stockTopic(payload.productId), payload), pubsub.publish(ALL_STOCK_TOPIC, payload)]);
      } else if (event.type === LOW_STOCK) {
        await pubsub.publish(LOW_STOCK_TOPIC, event.payload as LowStockPayload);
      }
    }
  };
}
