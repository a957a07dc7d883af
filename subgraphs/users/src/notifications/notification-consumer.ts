import type { Logger } from '@shop/kit';
import type { EventBus, EventSubscription } from '@shop/stores';
import type { NotificationStore } from '../db/notification-store';
import type { UserStore } from '../db/user-store';
import { renderMail, type ShopIdentity } from '../domain/mail-templates';
import { isStale, notificationFor, orderUpdatedPayload } from '../domain/notification-rules';

/** The users subgraph's consumer group: each event reaches one users replica. */
export const USERS_CONSUMER_GROUP = 'users';
export const ORDER_UPDATED = 'order.updated';

/**
 * Turns orders' `order.updated` events into owed emails: decides which email (if any), looks up
 * the customer's address and name (ours), renders the message and records it under the event's
 * id. A redelivered event finds its row and adds nothing; the sender does the sending, so a slow
 * or absent mail server never holds the event stream up.
 */
export function startNotificationConsumer(options: {
  bus: EventBus;
  users: UserStore;
  store: NotificationStore;
  shop: ShopIdentity;
  logger: Logger;
  clock?: () => Date;
  /** Called after a new notification was recorded (wakes the sender). */
  onRecorded?: () => void;
}): Promise<EventSubscription> {
  const now = options.clock ?? (() => new Date());
  return options.bus.subscribe(
    USERS_CONSUMER_GROUP,
    async (event) => {
      if (event.type !== ORDER_UPDATED) return;
      const parsed = orderUpdatedPayload.safeParse(event.payload);
      if (!parsed.success) {
        options.logger.warn('skipping an unreadable order.updated event', { eventId: event.id, issues: parsed.error.issues.slice(0, 3) });
        return;
      }
      const facts = notificationFor(parsed.data);
      if (!facts) return;
      if (isStale(event.occurredAt, now())) {
        options.logger.info('not emailing about an old event', { eventId: event.id, kind: facts.kind, occurredAt: event.occurredAt });
        return;
      }
      const [user] = await options.users.findByIds([facts.customerId]);
      if (!user) {
        options.logger.warn('no email for an order of an unknown customer', { eventId: event.id, orderId: facts.orderId, customerId: facts.customerId });
        return;
      }
      const mail = renderMail(facts, { name: user.name }, options.shop);
      const recorded = await options.store.record(
        {
          eventId: event.id,
          kind: facts.kind,
          userId: user.id,
          orderId: facts.orderId,
          recipient: user.email,
          subject: mail.subject,
          textBody: mail.text,
          htmlBody: mail.html,
        },
        now(),
      );
      if (recorded) options.onRecorded?.();
    },
    { types: [ORDER_UPDATED] },
  );
}
