import type { Logger } from '@shop/kit';
import { and, asc, gt, inArray, isNull, sql, type SQL } from 'drizzle-orm';
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
  /**
   * After the bus lost its data (Redis restarted without persistence: `bus.generation()` changed),
   * rows published since the bus last reported everything handled (`bus.handledThrough()`, less a
   * margin for clocks) are published again, and never more than this window (default 15 min; 0
   * turns replay off).
   */
  replayWindowMs?: number;
}): OutboxRelay {
  const { db, table, bus, onPublished } = options;
  const batchSize = options.batchSize ?? 200;
  const replayWindowMs = options.replayWindowMs ?? DEFAULT_REPLAY_WINDOW_MS;
  let generation: string | undefined;
  /** The last `bus.handledThrough()` read while the bus still held its data. */
  let handledThrough: number | null = null;
  let checking: Promise<void> | null = null;
  /**
   * Compares the bus's generation with the one last seen and replays what may be lost when it
   * changed. The watermark is read before the generation, so that it is only kept when it was read
   * from the bus's old contents. On a timer of its own, so that a pass right after a commit is
   * never held up by it.
   */
  const replayAfterReset = async () => {
    const through = await bus.handledThrough().catch(() => null);
    const now = await bus.generation();
    if (generation !== undefined && now !== generation) {
      const windowStart = Date.now() - replayWindowMs;
      const since = new Date(handledThrough === null ? windowStart : Math.max(windowStart, handledThrough - REPLAY_MARGIN_MS)).toISOString();
      const count = await republishFromOutbox(db, table, bus, sql`${table.publishedAt} >= ${since}`);
      options.logger.warn('the event bus lost its data; events published since it last had everything handled published again', { count, since });
      handledThrough = null;
    } else if (through !== null) handledThrough = through;
    generation = now;
  };
  const generationTimer = replayWindowMs
    ? setInterval(() => {
        checking ??= replayAfterReset()
          .catch((error: unknown) => options.logger.warn('event bus generation check failed; will retry', { error: (error as Error)?.message }))
          .finally(() => (checking = null));
      }, GENERATION_CHECK_MS)
    : undefined;
  generationTimer?.unref();
  const loop = startRelayLoop({
    ...options,
    batchSize,
    publishBatch: async () => {
      return db.transaction(async (tx) => {
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
      });
    },
  });
  return {
    ...loop,
    async stop() {
      clearInterval(generationTimer);
      await checking;
      await loop.stop();
    },
  };
}

export const DEFAULT_REPLAY_WINDOW_MS = 15 * 60 * 1000;
const GENERATION_CHECK_MS = 1000;
/**
 * Replay reaches this far before the bus's last watermark: it covers the time between a row's
 * `published_at` (its transaction's start) and its XADD, and clock skew between Redis and Postgres.
 */
export const REPLAY_MARGIN_MS = 10_000;

/**
 * Publishes again, oldest first and with their original ids, the already published outbox rows
 * `where` selects: a re-drive after the bus lost them (consumers deduplicate by event id).
 * Returns how many were published.
 */
export async function republishFromOutbox(db: AnyDb, table: OutboxTable, bus: EventBus, where: SQL, batchSize = 500): Promise<number> {
  let after = 0;
  let total = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(table)
      .where(and(where, gt(table.seq, after), sql`${table.publishedAt} is not null`))
      .orderBy(asc(table.seq))
      .limit(batchSize);
    if (!rows.length) return total;
    await bus.publish(
      rows.map((r) => ({ id: r.eventId, type: r.type, version: r.version, occurredAt: new Date(r.occurredAt).toISOString(), payload: r.payload })),
    );
    total += rows.length;
    after = rows.at(-1)!.seq;
    if (rows.length < batchSize) return total;
  }
}

/** Selects the outbox rows about the given orders (every saga event carries `payload.orderId`). */
export const aboutOrders = (table: OutboxTable, orderIds: readonly string[]): SQL =>
  orderIds.length
    ? sql`${table.payload}->>'orderId' in (${sql.join(
        orderIds.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql`false`;

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
