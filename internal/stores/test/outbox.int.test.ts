import { createLogger } from '@shop/kit';
import { postgresTargets, waitFor } from '@shop/testing';
import { sql } from 'drizzle-orm';
import { pgSchema, text } from 'drizzle-orm/pg-core';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appendToOutbox,
  defineOutbox,
  defineProcessedEvents,
  handleOnce,
  InMemoryEventBus,
  newEvent,
  openPostgres,
  startOutboxRelay,
  type DomainEvent,
  type PostgresStore,
} from '../src';

const demo = pgSchema('outbox_demo');
const things = demo.table('things', { id: text('id').primaryKey() });
const outbox = defineOutbox(demo);
const processed = defineProcessedEvents(demo);
const schema = { things, outbox, processed };

/** An in-process bus whose contents can be "lost" (its generation changes) and whose watermark is set by the test. */
class ResettableBus extends InMemoryEventBus {
  current = 'first';
  through: number | null = null;
  override async generation() {
    return this.current;
  }
  override async handledThrough() {
    return this.through;
  }
}

/** A migration written by hand for this test's tables (subgraphs generate theirs with drizzle-kit). */
function migrations(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'outbox-mig-'));
  mkdirSync(path.join(dir, 'meta'));
  writeFileSync(
    path.join(dir, '0000_init.sql'),
    [
      'CREATE SCHEMA "outbox_demo";',
      'CREATE TABLE "outbox_demo"."things" ("id" text PRIMARY KEY);',
      'CREATE TABLE "outbox_demo"."outbox" ("seq" bigserial PRIMARY KEY, "event_id" text NOT NULL UNIQUE, "type" text NOT NULL, "version" integer NOT NULL, "occurred_at" timestamptz NOT NULL, "payload" jsonb NOT NULL, "published_at" timestamptz);',
      'CREATE TABLE "outbox_demo"."processed_events" ("event_id" text PRIMARY KEY, "processed_at" timestamptz DEFAULT now() NOT NULL);',
    ].join('\n--> statement-breakpoint\n'),
  );
  writeFileSync(
    path.join(dir, 'meta', '_journal.json'),
    JSON.stringify({ version: '7', dialect: 'postgresql', entries: [{ idx: 0, version: '7', when: 1, tag: '0000_init', breakpoints: true }] }),
  );
  return dir;
}

for (const target of postgresTargets()) {
  describe.skipIf(target.skip)(`outbox and idempotent consumers — ${target.name}`, () => {
    let pg: PostgresStore<typeof schema>;
    let drop: () => Promise<void>;
    const logger = createLogger('silent');

    beforeAll(async () => {
      const db = await target.create();
      drop = db.drop;
      pg = await openPostgres({ url: db.url, schema, migrationsFolder: migrations(), pgSchema: 'outbox_demo' });
    });
    afterAll(async () => {
      await pg?.close();
      await drop?.();
    });

    it('publishes committed events in order, once, and nothing from a rolled-back transaction', async () => {
      const bus = new InMemoryEventBus(logger);
      const got: DomainEvent[] = [];
      await bus.subscribe('c', async (e) => void got.push(e));
      const e1 = newEvent('thing.created', { id: 't1' });
      const e2 = newEvent('thing.created', { id: 't2' });
      await pg.db.transaction(async (tx) => {
        await tx.insert(things).values({ id: 't1' });
        await appendToOutbox(tx, outbox, [e1, e2]);
      });
      await pg.db
        .transaction(async (tx) => {
          await tx.insert(things).values({ id: 't3' });
          await appendToOutbox(tx, outbox, [newEvent('thing.created', { id: 't3' })]);
          throw new Error('rollback');
        })
        .catch(() => {});
      const relay = startOutboxRelay({ db: pg.backgroundDb, table: outbox, bus, logger, pollMs: 50 });
      await relay.flush();
      await bus.idle();
      await relay.stop();
      expect(got.map((e) => e.id)).toEqual([e1.id, e2.id]);
      expect(got[0]).toMatchObject({ type: 'thing.created', version: 1, payload: { id: 't1' }, occurredAt: e1.occurredAt });
      const pending = await pg.db.execute(sql`select count(*)::int as n from outbox_demo.outbox where published_at is null`);
      expect(JSON.stringify(pending)).toContain('"n":0');
    });

    it('delivers events written while the relay was down once it starts again (crash between commit and publish)', async () => {
      const bus = new InMemoryEventBus(logger);
      const got: string[] = [];
      await bus.subscribe('c', async (e) => void got.push(e.id));
      const event = newEvent('thing.created', { id: 't9' });
      await pg.db.transaction(async (tx) => appendToOutbox(tx, outbox, [event]));
      // No relay was running when the transaction committed; a new process starts one.
      const relay = startOutboxRelay({ db: pg.backgroundDb, table: outbox, bus, logger, pollMs: 50 });
      await waitFor(() => got.includes(event.id));
      await relay.stop();
    });

    it('after the bus lost its data, publishes again what came after its last watermark, everything recent when that is unknown', async () => {
      const bus = new ResettableBus(logger);
      const got: string[] = [];
      await bus.subscribe('c', async (e) => void got.push(e.id));
      const old = newEvent('thing.created', { id: 'long-handled' });
      const recent = newEvent('thing.created', { id: 'maybe-lost' });
      await pg.db.transaction(async (tx) => appendToOutbox(tx, outbox, [old]));
      const relay = startOutboxRelay({ db: pg.backgroundDb, table: outbox, bus, logger, pollMs: 50 });
      try {
        await relay.flush();
        // Published a minute ago, and the bus has reported everything before 30 s ago handled.
        await pg.db.execute(sql`update outbox_demo.outbox set published_at = now() - interval '60 seconds' where event_id = ${old.id}`);
        await pg.db.transaction(async (tx) => appendToOutbox(tx, outbox, [recent]));
        await relay.flush();
        bus.through = Date.now() - 30_000;
        await new Promise((r) => setTimeout(r, 2_200)); // two generation checks read the watermark
        bus.current = 'second';
        bus.through = null;
        await waitFor(() => got.filter((id) => id === recent.id).length === 2, { timeoutMs: 5_000, message: 'the recent event published again' });
        expect(got.filter((id) => id === old.id)).toHaveLength(1);
        // A second loss, with no watermark read since: the whole window is published again.
        bus.current = 'third';
        await waitFor(() => got.filter((id) => id === old.id).length === 2, { timeoutMs: 5_000, message: 'the old event published again' });
      } finally {
        await relay.stop();
      }
    });

    it('applies a redelivered event only once, even concurrently', async () => {
      const event = newEvent('thing.created', { id: 'once' });
      const results = await Promise.all(
        Array.from({ length: 5 }, () =>
          handleOnce(
            pg.db,
            processed,
            event,
            async (tx) =>
              void (await tx
                .insert(things)
                .values({ id: `applied-${event.id}` })
                .onConflictDoNothing()),
          ),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
    });
  });
}
