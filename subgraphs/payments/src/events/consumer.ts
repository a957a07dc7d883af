import type { Logger } from '@shop/kit';
import { subscribeHandlers, type DomainEvent, type EventBus, type EventHandlers, type EventSubscription } from '@shop/stores';
import type { SagaStore } from '../db/saga-store';
import type { CheckoutSaga } from '../services/checkout-saga';
import {
  INVENTORY_HOLD_EXTENDED,
  INVENTORY_RELEASED,
  INVENTORY_RESERVED,
  ORDER_CREATED,
  ORDER_RISK_ASSESSED,
  ORDER_UPDATED,
  readHoldExtended,
  readInventoryReleased,
  readInventoryReserved,
  readOrderCreated,
  readOrderUpdated,
  readRiskAssessed,
  type Read,
} from './incoming';

/** The consumer group every payments replica joins: each event is handled once per group. */
export const CONSUMER_GROUP = 'payments';

/**
 * Each handler records what it learned (once per event id, with the state change) and then lets
 * the saga take whatever step is now due. The saga step also runs for a redelivered event: it is
 * idempotent, and it finishes work a crash interrupted after the fact was recorded.
 */
export function paymentHandlers(
  store: SagaStore,
  saga: CheckoutSaga,
  logger: Logger,
  /** Publishes again what payments announced about these orders (see ORDER_CREATED below). */
  redrive?: (orderIds: string[]) => Promise<void>,
): EventHandlers {
  function usable<T extends object>(event: DomainEvent, read: Read<T>): T | null {
    if ('invalid' in read) logger.warn('skipping unreadable event', { eventId: event.id, type: event.type, reason: read.invalid });
    return 'invalid' in read || 'skip' in read ? null : read;
  }

  return {
    [ORDER_CREATED]: async (event) => {
      const order = usable(event, readOrderCreated(event));
      if (!order) return;
      const first = await store.recordOrderPlaced(event, order);
      await saga.advance(order.orderId);
      // A second order.created is orders' saga sweeper re-driving a checkout whose answers may have been lost.
      if (!first) await redrive?.([order.orderId]);
    },
    [INVENTORY_RESERVED]: async (event) => {
      const reserved = usable(event, readInventoryReserved(event));
      if (!reserved) return;
      await store.recordReserved(event, reserved.orderId, reserved.expiresAt);
      await saga.advance(reserved.orderId);
    },
    [INVENTORY_RELEASED]: async (event) => {
      const released = usable(event, readInventoryReleased(event));
      if (!released) return;
      await store.recordReleased(event, released.orderId);
      await saga.advance(released.orderId);
    },
    [ORDER_UPDATED]: async (event) => {
      const update = usable(event, readOrderUpdated(event));
      if (!update) return;
      if ('approved' in update) await store.recordApproved(event, update.orderId);
      else await store.recordClosed(event, update);
      await saga.advance(update.orderId);
    },
    [ORDER_RISK_ASSESSED]: async (event) => {
      const risk = usable(event, readRiskAssessed(event));
      if (!risk) return;
      await store.recordRisk(event, risk);
      await saga.advance(risk.orderId);
    },
    [INVENTORY_HOLD_EXTENDED]: async (event) => {
      const extended = usable(event, readHoldExtended(event));
      if (!extended) return;
      await store.recordHoldExtended(event, extended.orderId, extended.expiresAt);
      await saga.advance(extended.orderId);
    },
  };
}

/** The handlers, subscribed as this subgraph's member of its consumer group. */
export function startEventConsumer(bus: EventBus, handlers: EventHandlers): Promise<EventSubscription> {
  return subscribeHandlers(bus, CONSUMER_GROUP, handlers);
}
