import type { Logger } from '@shop/kit';
import { subscribeHandlers, type EventBus, type EventHandler, type EventHandlers, type EventSubscription } from '@shop/stores';
import type { ModelDataStore } from '../db/model-data-store';
import type { RecommendationStore } from '../db/recommendation-store';
import { catalogItemOf, PRODUCT_CREATED, PRODUCT_UPDATED, saleLinesOf } from './model-events';
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

/**
 * The models' training data: order lines with prices, and the catalogue as products announces it.
 * `onChange` tells this process's models to look again at once (other replicas notice within a second).
 */
export function modelHandlers(store: ModelDataStore, logger: Logger, onChange: () => void = () => {}): EventHandlers {
  const onProduct: EventHandler = async (event) => {
    const item = catalogItemOf(event);
    if (!item) return logger.warn('skipping unreadable product event', { eventId: event.id, type: event.type });
    await store.upsertItem(item, event.occurredAt);
    onChange();
  };
  return {
    [ORDER_CREATED]: async (event) => {
      const lines = saleLinesOf(event);
      if (!lines) return logger.warn('skipping unreadable order.created event for the models', { eventId: event.id });
      await store.recordLines(lines);
      onChange();
    },
    [PRODUCT_CREATED]: onProduct,
    [PRODUCT_UPDATED]: onProduct,
  };
}

/** Several features' handler maps as one: handlers of the same event type run one after the other. */
export function mergeHandlers(...maps: EventHandlers[]): EventHandlers {
  const merged: EventHandlers = {};
  for (const map of maps)
    for (const [type, handler] of Object.entries(map)) {
      const before = merged[type];
      merged[type] = before
        ? async (event) => {
            await before(event);
            await handler(event);
          }
        : handler;
    }
  return merged;
}

/** The handlers, subscribed as this subgraph's member of its consumer group. */
export function startEventConsumer(bus: EventBus, handlers: EventHandlers): Promise<EventSubscription> {
  return subscribeHandlers(bus, CONSUMER_GROUP, handlers);
}
