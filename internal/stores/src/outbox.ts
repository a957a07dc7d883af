import type { Logger } from '@shop/kit';
import { asc, inArray, isNull, sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, text, timestamp, type PgSchema } from 'drizzle-orm/pg-core';
import type { DomainEvent, EventBus } from './events';
import type { Database } from './pg';

/** The outbox table a Postgres-backed subgraph declares in its own schema (and migrations). */
export function defineOutbox(schema: PgSchema) {
  return schema.table(
    'outbox',
    {
      seq: bigserial('seq', { mode: 'number' }).primaryKey(),
      eventId: text('event_id').notNull().unique(),
      type: text('type').notNull(),
      version: integer('version').notNull(),
      occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'string' }).notNull(),
      payload: jsonb('payload').notNull(),
      publishedAt: timestamp('published_at', { withTimezone: true, mode: 'string' }),
    },
    (t) => [
      index()
        .on(t.seq)
        .where(sql`${t.publishedAt} is null`),
    ],
  );
}

/** Ids of events a consumer has already handled, so that redelivery changes nothing. */
export function defineProcessedEvents(schema: PgSchema) {
  return schema.table('processed_events', {
    eventId: text('event_id').primaryKey(),
    processedAt: timestamp('processed_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  });
}

export type OutboxTable = ReturnType<typeof defineOutbox>;
export type ProcessedEventsTable = ReturnType<typeof defineProcessedEvents>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Database<any>;
type Tx = Parameters<Parameters<AnyDb['transaction']>[0]>[0];

/** Records events in the same transaction as the state change they describe. */
export async function appendToOutbox(tx: AnyDb | Tx, table: OutboxTable, events: DomainEvent[]): Promise<void> {
  if (!events.length) return;
  await tx.insert(table).values(events.map((e) => ({ eventId: e.id, type: e.type, version: e.version, occurredAt: e.occurredAt, payload: e.payload })));
}

/**
 * Runs `apply` inside a transaction only the first time `event` is seen by this consumer.
 * Returns false for a duplicate.
 */
export async function handleOnce(db: AnyDb, table: ProcessedEventsTable, event: DomainEvent, apply: (tx: Tx) => Promise<void>): Promise<boolean> {
  return db.transaction(async (tx) => {
    const inserted = await tx.insert(table).values({ eventId: event.id }).onConflictDoNothing().returning({ id: table.eventId });
    if (!inserted.length) return false;
    await apply(tx);
    return true;
  });
}

export interface OutboxRelay {
  /** Publishes what is waiting now instead of at the next poll. */
  notify(): void;
  /** Resolves when nothing is left unpublished. */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Moves committed outbox rows to the bus, oldest first. Rows are locked with SKIP LOCKED so that
 * several replicas can relay side by side; a crash before marking a row published republishes
 * it (consumers are idempotent).
 */
export function startOutboxRelay(options: {
  db: AnyDb;
  table: OutboxTable;
  bus: EventBus;
  logger: Logger;
  pollMs?: number;
  batchSize?: number;
  /**
   * Called with each batch once it is on the bus (e.g. to fan events out to live subscribers).
   * At least once, like the bus; a failure here is logged and does not hold the relay back.
   */
  onPublished?: (events: DomainEvent[]) => Promise<void> | void;
}): OutboxRelay {
  const { db, table, bus, onPublished } = options;
  const batchSize = options.batchSize ?? 200;
  return startRelayLoop({
    ...options,
    batchSize,
    publishBatch: () =>
      db.transaction(async (tx) => {
        const rows = await tx
          .select()
          .from(table)
          .where(isNull(table.publishedAt))
          .orderBy(asc(table.seq))
          .limit(batchSize)
          .for('update', { skipLocked: true });
        if (!rows.length) return 0;
        const events = rows.map((r) => ({
          id: r.eventId,
          type: r.type,
          version: r.version,
          occurredAt: new Date(r.occurredAt).toISOString(),
          payload: r.payload,
        }));
        await bus.publish(events);
        if (onPublished) {
          try {
            await onPublished(events);
          } catch (error) {
            options.logger.error('outbox onPublished hook failed', { error });
          }
        }
        await tx
          .update(table)
          .set({ publishedAt: sql`now()` })
          .where(
            inArray(
              table.seq,
              rows.map((r) => r.seq),
            ),
          );
        return rows.length;
      }),
  });
}

/**
 * The scheduling every outbox relay shares, whatever its store: a poll timer, an immediate pass on
 * notify(), one pass at a time (a notify during a pass asks for another), full batches drained
 * back to back, and failures logged and retried at the next pass. `publishBatch` publishes up to
 * `batchSize` events and says how many it published.
 */
export function startRelayLoop(options: { publishBatch: () => Promise<number>; batchSize: number; logger: Logger; pollMs?: number }): OutboxRelay {
  const { publishBatch, batchSize, logger } = options;
  let running: Promise<number> | null = null;
  let again = false;
  let stopped = false;

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
          } while (n === batchSize && !stopped);
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
