import type { Logger } from '@shop/kit';
import { subscribeHandlers, type EventBus, type EventHandlers, type EventSubscription } from '@shop/stores';
import type { RecommendationStore } from '../db/recommendation-store';
import { ORDER_CREATED, readOrderCreated } from './order-created';

/** The consumer group every ai replica joins: each event is handled once per group. */
export const CONSUMER_GROUP = 'ai';

/**
 * The handlers of the recommendation feature. Future features (fraud scoring, forecasting, ...)
 * add their own handler maps and are merged into the single subscription below.
 */
export function recommendationHandlers(store: RecommendationStore, logger: Logger): EventHandlers {
  return {
    [ORDER_CREATED]: async (event) => {
      const order = readOrderCreated(event);
      if ('invalid' in order) {
        logger.warn('skipping unreadable order.created event', { eventId: event.id, reason: order.invalid });
        return;
      }
      await store.recordOrder(order);
    },
  };
}

/** The handlers, subscribed as this subgraph's member of its consumer group. */
export function startEventConsumer(bus: EventBus, handlers: EventHandlers): Promise<EventSubscription> {
  return subscribeHandlers(bus, CONSUMER_GROUP, handlers);
}
