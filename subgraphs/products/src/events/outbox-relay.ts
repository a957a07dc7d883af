import { randomUUID } from 'node:crypto';
import type { Logger } from '@shop/kit';
import { startRelayLoop, type EventBus, type OutboxRelay } from '@shop/stores';
import type { OutboxStore } from '../db/outbox-store';

export type { OutboxRelay };

/**
 * Moves recorded events from the document outbox to the bus, oldest first, on the relay loop
 * @shop/stores shares with the Postgres relay. Documents have no row locks (the Postgres relay uses
 * SKIP LOCKED), so each pass claims a batch with a lease instead, which lets several replicas relay
 * side by side. A crash after publishing and before marking republishes the batch once the lease
 * expires: delivery is at least once and consumers are idempotent.
 */
export function startDocumentOutboxRelay(options: {
  outbox: OutboxStore;
  bus: EventBus;
  logger: Logger;
  pollMs?: number;
  batchSize?: number;
  leaseMs?: number;
}): OutboxRelay {
  const { outbox, bus } = options;
  const batchSize = options.batchSize ?? 200;
  const leaseMs = options.leaseMs ?? 30_000;
  return startRelayLoop({
    ...options,
    batchSize,
    publishBatch: async () => {
      const token = `relay:${randomUUID()}`;
      const events = await outbox.claim(token, batchSize, leaseMs);
      if (!events.length) return 0;
      await bus.publish(events);
      await outbox.markPublished(token);
      return events.length;
    },
  });
}
