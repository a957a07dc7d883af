import type { Logger } from '@shop/kit';
import type { EventBus } from '@shop/stores';
import { createNotificationStore, type NotificationStore } from '../db/notification-store';
import type { UsersSchema } from '../db/schema';
import type { UserStore } from '../db/user-store';
import type { Database } from '@shop/stores';
import { folderTransport, smtpTransport, type MailTransport } from './mail-transport';
import { startNotificationConsumer } from './notification-consumer';
import { startNotificationSender, type NotificationSender, type SenderOptions } from './notification-sender';

/** Where customer emails go and how they are retried (see `mailEnv` for the variables). */
export interface MailSettings {
  /** The From address, e.g. `Shop <orders@shop.example>`. */
  from: string;
  /** SMTP server (`smtp://user:pass@host:587`, `smtps://...`); the outbox folder when absent. */
  smtpUrl?: string;
  /** The outbox folder when no SMTP server is set. */
  outboxDir?: string;
  /** The shop's name in the emails; default "Shop". */
  shopName?: string;
  pollMs?: number;
  retry?: SenderOptions['retry'];
  leaseMs?: number;
  /** Used instead of smtpUrl/outboxDir (tests). */
  transport?: MailTransport;
}

export interface Notifications {
  store: NotificationStore;
  sender: NotificationSender;
  transport: MailTransport;
  stop(): Promise<void>;
}

export function transportFor(settings: MailSettings): MailTransport {
  if (settings.transport) return settings.transport;
  if (settings.smtpUrl) return smtpTransport(settings.smtpUrl);
  if (settings.outboxDir) return folderTransport(settings.outboxDir);
  throw new Error('mail settings need an SMTP URL or an outbox folder');
}

/** Order emails: the consumer that records what is owed, and the sender that delivers it. */
export async function startNotifications(options: {
  settings: MailSettings;
  db: Database<UsersSchema>;
  bus: EventBus;
  users: UserStore;
  logger: Logger;
  clock?: () => Date;
}): Promise<Notifications> {
  const logger = options.logger.child({ component: 'notifications' });
  const store = createNotificationStore(options.db);
  const transport = transportFor(options.settings);
  const { pollMs, retry, leaseMs } = options.settings;
  const sender = startNotificationSender({ store, transport, from: options.settings.from, logger, pollMs, retry, leaseMs, clock: options.clock });
  try {
    const subscription = await startNotificationConsumer({
      bus: options.bus,
      users: options.users,
      store,
      shop: { name: options.settings.shopName ?? 'Shop' },
      logger,
      clock: options.clock,
      onRecorded: () => sender.notify(),
    });
    logger.info('customer emails on', { transport: transport.description });
    return {
      store,
      sender,
      transport,
      async stop() {
        await subscription.stop();
        await sender.stop();
      },
    };
  } catch (error) {
    await sender.stop();
    throw error;
  }
}
