import { randomUUID } from 'node:crypto';
import type { Logger } from '@shop/kit';
import type { EventBus } from '@shop/stores';
import type { OutboxStore } from '../db/outbox-store';

export interface OutboxRelay {
  /** Publishes what is waiting now instead of at the next poll. */
  notify(): void;
  /** Resolves when nothing is left unpublished. */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Moves recorded events from the document outbox to the bus, oldest first. @shop/stores has the
 * same relay for Postgres (SKIP LOCKED); documents have no row locks, so each pass claims a batch
 * with a lease instead, which lets several replicas relay side by side. A crash after publishing
 * and before marking republishes the batch once the lease expires: delivery is at least once and
 * consumers are idempotent.
 */
export function startDocumentOutboxRelay(options: {
  outbox: OutboxStore;
  bus: EventBus;
  logger: Logger;
  pollMs?: number;
  batchSize?: number;
  leaseMs?: number;
}): OutboxRelay {
  const { outbox, bus, logger } = options;
  const batchSize = options.batchSize ?? 200;
  const leaseMs = options.leaseMs ?? 30_000;
  let running: Promise<number> | null = null;
  let again = false;
  let stopped = false;

  const publishBatch = async (): Promise<number> => {
    const token = `relay:${randomUUID()}`;
    const events = await outbox.claim(token, batchSize, leaseMs);
    if (!events.length) return 0;
    await bus.publish(events);
    await outbox.markPublished(token);
    return events.length;
  };

  const run = (): Promise<number> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      do {
        again = false;
        try {
          let n: number;
          do {
            n = await publishBatch();
            total += n;
          } while (n > 0 && !stopped);
        } catch (error) {
          if (!stopped) logger.error('outbox relay failed; will retry', { error });
        }
      } while (again && !stopped);
      return total;
    })().finally(() => {
      running = null;
    });
    return running;
  };

  const timer = setInterval(() => void run(), options.pollMs ?? 500);
  timer.unref();
  void run();

  return {
    notify: () => void run(),
    async flush() {
      while ((await run()) > 0 || running) {
        // keep going until a pass publishes nothing
      }
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
