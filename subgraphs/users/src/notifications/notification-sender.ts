import type { Logger } from '@shop/kit';
import type { ClaimedNotification, NotificationStore } from '../db/notification-store';
import { retryDelayMs } from '../domain/notification-rules';
import type { MailTransport } from './mail-transport';

export interface SenderOptions {
  store: NotificationStore;
  transport: MailTransport;
  from: string;
  logger: Logger;
  /** How often due notifications are looked for (besides `notify()`); default 1 s. */
  pollMs?: number;
  /** Backoff of failed sends: doubling from `baseMs` up to `maxMs` (defaults 2 s and 10 min). */
  retry?: { baseMs: number; maxMs: number };
  /** How long a claim holds before another sender may take the message over; default 2 min. */
  leaseMs?: number;
  clock?: () => Date;
}

export interface NotificationSender {
  /** Looks for due notifications now instead of at the next poll. */
  notify(): void;
  /** Resolves when a pass finds nothing due; rejects when a pass fails (tests). */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

const BATCH = 10;

/** `<notification.<id>@<the sender's domain>>`: the same id every time one notification is sent. */
export function messageIdFor(notificationId: string, from: string): string {
  const domain = /@([^\s<>@]+)>?\s*$/.exec(from)?.[1] ?? 'shop.invalid';
  return `<notification.${notificationId}@${domain}>`;
}

/**
 * Sends what the notifications table owes, one claimed message at a time: claim (state
 * `sending`), hand it to the transport, then mark it `sent`. A failed send goes back to
 * `pending` with a later next attempt; it is retried for ever, never dropped. A sender that dies
 * between the transport's acceptance and `sent` leaves the claim to expire: the message is sent
 * again, under the same Message-ID (docs/notifications.md, "The crash window").
 */
export function startNotificationSender(options: SenderOptions): NotificationSender {
  const now = options.clock ?? (() => new Date());
  const retry = options.retry ?? { baseMs: 2_000, maxMs: 600_000 };
  const leaseMs = options.leaseMs ?? 120_000;
  let stopped = false;
  let running: Promise<boolean> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  let failure: unknown;

  async function sendOne(claim: ClaimedNotification) {
    const message = {
      id: claim.eventId,
      kind: claim.kind,
      createdAt: claim.createdAt,
      from: options.from,
      to: claim.recipient,
      subject: claim.subject,
      text: claim.textBody,
      html: claim.htmlBody,
      messageId: messageIdFor(claim.eventId, options.from),
    };
    try {
      await options.transport.send(message);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const next = new Date(now().getTime() + retryDelayMs(claim.attempts, retry));
      options.logger.warn('sending a notification failed; it will be retried', {
        eventId: claim.eventId,
        kind: claim.kind,
        attempts: claim.attempts,
        next,
        error: reason,
      });
      await options.store.markFailed(claim, reason, next);
      return;
    }
    if (!(await options.store.markSent(claim, now())))
      options.logger.warn('a notification was sent after its claim expired (it may be sent twice)', { eventId: claim.eventId });
    else options.logger.info('notification sent', { eventId: claim.eventId, kind: claim.kind, transport: options.transport.description });
  }

  /** One pass over everything due; true when it found nothing to do. */
  async function pass(): Promise<boolean> {
    let idle = true;
    while (!stopped) {
      const claims = await options.store.claimDue(now(), BATCH, leaseMs);
      if (!claims.length) break;
      idle = false;
      for (const claim of claims) if (!stopped) await sendOne(claim);
    }
    return idle;
  }

  function run(): Promise<boolean> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let idle = false;
      try {
        do {
          again = false;
          idle = await pass();
        } while (again && !stopped);
      } catch (error) {
        // The database is away: the next poll tries again; nothing was lost (rows stay pending or claimed).
        options.logger.warn('notification sender pass failed', { error });
        failure = error;
        idle = false;
      } finally {
        running = null;
      }
      return idle;
    })();
    return running;
  }

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => void run().finally(schedule), options.pollMs ?? 1_000);
    timer.unref?.();
  };
  schedule();
  void run();

  return {
    notify: () => void run(),
    async drain() {
      failure = undefined;
      while (!stopped && !(await run())) if (failure) throw failure;
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      options.transport.close();
    },
  };
}
