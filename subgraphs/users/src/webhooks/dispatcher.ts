import type { Logger } from '@shop/kit';
import type { DomainEvent, EventBus, EventSubscription } from '@shop/stores';
import type { WebhookStore } from '../db/webhook-store';
import { eventRoot, WEBHOOK_EVENT_TYPES, webhookWants } from '../domain/webhook-events';

/** The consumer group of the webhook dispatcher: like every consumer, durable across restarts. */
export const WEBHOOK_CONSUMER_GROUP = 'users-webhooks';

/**
 * Turns platform events into deliveries: for each event a webhook follows, one row per (webhook,
 * event) — a redelivered or replayed event adds nothing, so each webhook gets each event at most
 * once. Only webhooks that were enabled and already registered when the event occurred get it.
 * The event is acknowledged once its deliveries are stored; sending them is the worker's.
 */
export function startWebhookDispatcher(options: {
  bus: EventBus;
  store: WebhookStore;
  logger: Logger;
  wake: () => void;
  now?: () => Date;
}): Promise<EventSubscription> {
  const now = options.now ?? (() => new Date());
  return options.bus.subscribe(
    WEBHOOK_CONSUMER_GROUP,
    async (event: DomainEvent) => {
      const occurredAt = new Date(event.occurredAt);
      const targets = (await options.store.enabledAt(occurredAt)).filter((w) => webhookWants(w.field, w.args, event));
      if (!targets.length) return;
      const root = eventRoot(event);
      const added = await options.store.enqueue(
        targets.map((w) => ({ webhookId: w.id, eventId: event.id, eventType: event.type, occurredAt, root })),
        now(),
      );
      if (added) options.wake();
      options.logger.debug('webhook deliveries queued', { eventId: event.id, type: event.type, added });
    },
    { types: WEBHOOK_EVENT_TYPES },
  );
}
