import type { Logger } from '@shop/kit';
import { subscribeHandlers, type EventBus, type EventHandlers, type EventSubscription } from '@shop/stores';
import type { ReservationStore } from '../db/reservation-store';
import { DEFAULT_REVIEW_HOLD_SECONDS, expiryOf } from '../domain/reservation';
import { ORDER_CREATED, ORDER_UPDATED, readOrderCreated, readOrderUpdated } from './order-events';

/** The consumer group every inventory replica joins: each event is handled once per group. */
export const CONSUMER_GROUP = 'inventory';

export interface SagaHandlerOptions {
  ttlSeconds: number;
  /** How long an order held for fraud review keeps its stock (REVIEW_HOLD_SECONDS; default 3 days). */
  reviewHoldSeconds?: number;
  logger: Logger;
  /** Called after a handled event wrote something, so the outbox relay publishes now. */
  afterWrite?: () => void;
  clock?: () => Date;
  /**
   * Publishes again what inventory announced about these orders. Called when an order.created comes
   * a second time: orders' saga sweeper re-drives a checkout whose answer may have been lost.
   */
  redrive?: (orderIds: string[]) => Promise<void>;
}

/**
 * Inventory's steps of the checkout saga (docs/commerce-flow.md): reserve on a checkout's
 * order.created; commit, release or restock on order.updated. Events that are not for inventory
 * (seeded history, other statuses) are skipped without touching the database.
 */
export function sagaHandlers(store: ReservationStore, options: SagaHandlerOptions): EventHandlers {
  const { logger } = options;
  const clock = options.clock ?? (() => new Date());
  return {
    [ORDER_CREATED]: async (event) => {
      const order = readOrderCreated(event);
      if ('ignored' in order) return;
      if ('invalid' in order) return logger.warn('skipping unreadable order.created event', { eventId: event.id, reason: order.invalid });
      const outcome = await store.reserve({ event, order, now: clock(), ttlSeconds: options.ttlSeconds });
      if (outcome.kind !== 'duplicate') options.afterWrite?.();
      else await options.redrive?.([order.orderId]);
      logger.debug('order.created handled', { orderId: order.orderId, outcome: outcome.kind });
    },
    [ORDER_UPDATED]: async (event) => {
      const update = readOrderUpdated(event);
      if ('ignored' in update) return;
      if ('invalid' in update) return logger.warn('skipping unreadable order.updated event', { eventId: event.id, reason: update.invalid });
      if (update.status === 'ON_HOLD') {
        const held = await store.extendHold({
          event,
          orderId: update.orderId,
          until: expiryOf(clock(), options.reviewHoldSeconds ?? DEFAULT_REVIEW_HOLD_SECONDS),
        });
        if (held.kind === 'extended') options.afterWrite?.();
        return logger.debug('order held for review', { orderId: update.orderId, outcome: held });
      }
      const outcome = await store.settle({ event, orderId: update.orderId, orderStatus: update.status });
      if (outcome.kind === 'settled') options.afterWrite?.();
      if (outcome.kind === 'unchanged' && outcome.oversold) {
        // Paid after its reservation lapsed and the units were sold again: a person must decide.
        logger.error('confirmed order could not be filled after its reservation expired', { orderId: update.orderId, reservationId: outcome.reservationId });
      }
      logger.debug('order.updated handled', { orderId: update.orderId, status: update.status, outcome });
    },
  };
}

/** The handlers, subscribed as this subgraph's member of its consumer group. */
export function startEventConsumer(bus: EventBus, handlers: EventHandlers): Promise<EventSubscription> {
  return subscribeHandlers(bus, CONSUMER_GROUP, handlers);
}
