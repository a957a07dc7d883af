import { openPostgres, type PostgresStore } from '@shop/stores';
import { postgresTargets, waitFor } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../src/app';
import { createOrderFeedStore, type OrderFeedStore } from '../src/db/order-feed-store';
import { createOrderStore } from '../src/db/order-store';
import { orderStatusHistory, schema, type OrdersSchema } from '../src/db/schema';
import { compareFeedCursors, formatFeedCursor, parseFeedCursor, type FeedCursor } from '../src/domain/feed-cursor';

const order = (id: string) => ({
  id,
  number: `SO-${id}`,
  customerId: 'usr_1',
  status: 'PENDING' as const,
  currencyCode: 'USD',
  subtotalMinor: 100,
  shippingMinor: 0,
  taxMinor: 0,
  totalMinor: 100,
  lines: [],
});

const change = (orderId: string, version: number) => ({
  orderId,
  version,
  fromStatus: 'PENDING' as const,
  toStatus: 'CONFIRMED' as const,
  toFulfillmentStatus: 'UNFULFILLED' as const,
  toFinancialStatus: 'PAID' as const,
});

const keys = (rows: { orderId: string; version: number }[]) => rows.map((r) => `${r.orderId}:${r.version}`);

/** The all-orders feed: on both Postgres flavours, and the concurrency cases on the real server. */
for (const target of postgresTargets()) {
  describe.skipIf(target.skip)(`OrderFeedStore — ${target.name}`, () => {
    let pg: PostgresStore<OrdersSchema>;
    let feed: OrderFeedStore;
    let drop: () => Promise<void>;

    beforeAll(async () => {
      const database = await target.create();
      drop = database.drop;
      pg = await openPostgres({ url: database.url, schema, migrationsFolder, pgSchema: 'orders' });
      feed = createOrderFeedStore(pg.db);
      await createOrderStore(pg.db).insertMany([order('ord_a'), order('ord_b'), order('ord_c')], []);
    });
    afterAll(async () => {
      await pg?.close();
      await drop?.();
    });

    it('starts at 0:0, then hands out each committed change once, in commit order, past a rolled-back one', async () => {
      const start = await feed.head();
      expect(formatFeedCursor(start)).toBe('0:0');
      await pg.db.insert(orderStatusHistory).values(change('ord_a', 1));
      // A rolled-back change takes a seq value and leaves a hole.
      await expect(
        pg.db.transaction(async (tx) => {
          await tx.insert(orderStatusHistory).values(change('ord_b', 1));
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      await pg.db.insert(orderStatusHistory).values(change('ord_c', 1));

      // The horizon is the whole server's: another suite's open transaction delays the feed, never empties it.
      const rows = await waitFor(async () => ((r) => (r.length >= 2 ? r : null))(await feed.after(start, 10)), { message: 'both changes' });
      expect(keys(rows)).toEqual(['ord_a:1', 'ord_c:1']);
      const [a, c] = rows.map((r) => r.cursor) as [FeedCursor, FeedCursor];
      expect(compareFeedCursors(a, c)).toBeLessThan(0);
      expect(await feed.after(c, 10)).toEqual([]);
      expect(await feed.head()).toEqual(c);
      // The cursor round-trips through its string form; pages are strict.
      expect(keys(await feed.after(parseFeedCursor(formatFeedCursor(a)), 1))).toEqual(['ord_c:1']);
    });

    it('refuses a malformed cursor with BAD_USER_INPUT', () => {
      for (const bad of ['', 'abc', '1:', '-1:2', '1:2:3']) expect(() => parseFeedCursor(bad)).toThrow(/cursor/);
    });

    it.skipIf(!target.name.startsWith('postgres'))('holds back a change committed before an older transaction ends, then delivers both in order', async () => {
      const last = await feed.head();
      let inserted!: () => void;
      let finish!: () => void;
      const insertedOlder = new Promise<void>((resolve) => (inserted = resolve));
      const release = new Promise<void>((resolve) => (finish = resolve));
      const older = pg.db.transaction(async (tx) => {
        await tx.insert(orderStatusHistory).values(change('ord_a', 2));
        inserted();
        await release;
      });
      await insertedOlder;
      // A younger transaction commits first: it must not be handed out ahead of the older one.
      await pg.db.insert(orderStatusHistory).values(change('ord_b', 2));
      expect(await feed.after(last, 10)).toEqual([]);
      finish();
      await older;
      const both = await waitFor(async () => ((r) => (r.length >= 2 ? r : null))(await feed.after(last, 10)), { message: 'both changes' });
      expect(keys(both)).toEqual(['ord_a:2', 'ord_b:2']);
    });
  });
}
