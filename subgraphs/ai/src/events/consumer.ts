import type { Logger } from '@shop/kit';
import type { DomainEvent, EventBus, EventSubscription } from '@shop/stores';
import type { RecommendationStore } from '../db/recommendation-store';
import { ORDER_CREATED, readOrderCreated } from './order-created';

/** The consumer group every ai replica joins: each event is handled once per group. */
export const CONSUMER_GROUP = 'ai';

export type EventHandlers = Record<string, (event: DomainEvent) => Promise<void>>;

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
 * Embedded PGlite runs on the main thread and resolves through microtasks only, and the in-process
 * bus drains its backlog the same way: without a macrotask break, catching up on a backlog (the
 * seeded history) would starve HTTP requests and timers of the whole process until it is done.
 */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * One subscription for the whole subgraph: a consumer group hands each event to one member, so
 * two subscriptions of the group with different types would each miss the other's events.
 * A handler that throws is retried by the bus; idempotency comes from processed_events.
 */
export function startEventConsumer(bus: EventBus, handlers: EventHandlers): Promise<EventSubscription> {
  return bus.subscribe(
    CONSUMER_GROUP,
    async (event) => {
      await handlers[event.type]?.(event);
      await yieldToEventLoop();
    },
    { types: Object.keys(handlers) },
  );
}
