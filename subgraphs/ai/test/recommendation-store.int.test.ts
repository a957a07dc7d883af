import { newEvent, openPostgres, type DomainEvent, type PostgresStore } from '@shop/stores';
import { postgresTargets } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../src/app';
import { createRecommendationStore, type RecommendationStore } from '../src/db/recommendation-store';
import { schema, type AiSchema } from '../src/db/schema';
import { purchasesFromOrder, type PurchasedOrder } from '../src/domain/purchases';
import { referenceModel } from './reference';

/** A deterministic purchase history: 8 customers, 14 products, 60 orders of 1 to 4 products. */
function history(): PurchasedOrder[] {
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  };
  return Array.from({ length: 60 }, (_, i) => ({
    orderId: `o${String(i).padStart(2, '0')}`,
    customerId: `u${next(8)}`,
    createdAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
    lines: Array.from({ length: 1 + next(4) }, () => ({ productId: `p${String(next(14)).padStart(2, '0')}`, quantity: 1 + next(3) })),
  }));
}

const orderEvent = (order: PurchasedOrder): DomainEvent<PurchasedOrder> => newEvent('order.created', order);

/** The RecommendationStore contract: every implementation must pass it. */
for (const target of postgresTargets()) {
  describe.skipIf(target.skip)(`RecommendationStore contract — ${target.name}`, () => {
    let pg: PostgresStore<AiSchema>;
    let store: RecommendationStore;
    let drop: () => Promise<void>;
    const orders = history();
    const events = orders.map(orderEvent);
    const reference = referenceModel(orders.flatMap(purchasesFromOrder));
    const products = Array.from({ length: 14 }, (_, i) => `p${String(i).padStart(2, '0')}`);

    beforeAll(async () => {
      const database = await target.create();
      drop = database.drop;
      pg = await openPostgres({ url: database.url, schema, migrationsFolder, pgSchema: 'ai' });
      store = createRecommendationStore(pg.db);
    });
    afterAll(async () => {
      await pg?.close();
      await drop?.();
    });

    it('applies the migrations to an empty database and starts empty', async () => {
      expect(await store.purchaseCount()).toBe(0);
      expect(await store.popular(5)).toEqual([]);
      expect(await store.coPurchased(['p01'], 5)).toEqual([]);
      expect(await store.forUsers(['u1'], 5)).toEqual({ recommended: [], owned: [] });
    });

    it('records each order once, one row per product', async () => {
      for (const event of events) expect(await store.recordOrder(event)).toBe(true);
      const rows = orders.flatMap(purchasesFromOrder);
      expect(await store.purchaseCount()).toBe(rows.length);
      expect(rows.length).toBeLessThan(orders.reduce((n, o) => n + o.lines.length, 0));
    });

    it('ignores a redelivered event and a second event for a recorded order', async () => {
      const before = { count: await store.purchaseCount(), popular: await store.popular(20) };
      expect(await store.recordOrder(events[3]!)).toBe(false);
      expect(await store.recordOrder(orderEvent(orders[3]!))).toBe(true);
      expect(await store.purchaseCount()).toBe(before.count);
      expect(await store.popular(20)).toEqual(before.popular);
    });

    it('ranks co-purchases like the reference model, one query for many products', async () => {
      pg.resetQueryCount();
      const rows = await store.coPurchased([...products, 'unknown'], 4);
      expect(pg.queryCount()).toBe(1);
      for (const id of products) {
        const got = rows.filter((r) => r.sourceId === id).sort((a, b) => a.rank - b.rank);
        expect(got.map((r) => ({ productId: r.productId, together: r.together, score: r.score }))).toEqual(reference.coPurchased(id, 4));
        expect(got.map((r) => r.rank)).toEqual(got.map((_, i) => i + 1));
      }
      expect(rows.some((r) => r.sourceId === r.productId || r.sourceId === 'unknown')).toBe(false);
    });

    it('sums co-purchases over what each user bought, without what they own', async () => {
      const users = Array.from({ length: 8 }, (_, i) => `u${i}`);
      pg.resetQueryCount();
      const { recommended, owned } = await store.forUsers([...users, 'nobody'], 5);
      expect(pg.queryCount()).toBe(1);
      for (const user of users) {
        const mine = owned
          .filter((o) => o.userId === user)
          .map((o) => o.productId)
          .sort();
        expect(mine).toEqual(reference.owned(user));
        const got = recommended.filter((r) => r.sourceId === user).sort((a, b) => a.rank - b.rank);
        const expected = reference.forUser(user, 5);
        const scores = reference.userScores(user);
        // Sums are added up in a different order in SQL, so near-ties may swap; scores must match.
        expect(got).toHaveLength(expected.length);
        got.forEach((row, i) => {
          expect(mine).not.toContain(row.productId);
          expect(row.score).toBeCloseTo(expected[i]!.score, 9);
          expect(scores.get(row.productId)).toBeCloseTo(row.score, 9);
        });
      }
      expect(recommended.some((r) => r.sourceId === 'nobody')).toBe(false);
    });

    it('lists best sellers by orders, then units, then id', async () => {
      const popular = await store.popular(50);
      expect(popular).toHaveLength(products.length);
      const expected = products
        .map((id) => {
          const rows = orders.flatMap(purchasesFromOrder).filter((p) => p.productId === id);
          return { productId: id, orders: rows.length, units: rows.reduce((n, r) => n + r.quantity, 0) };
        })
        .sort((a, b) => b.orders - a.orders || b.units - a.units || (a.productId < b.productId ? -1 : 1));
      expect(popular).toEqual(expected);
      expect(await store.popular(3)).toEqual(expected.slice(0, 3));
    });

    it('keeps the totals right when orders for the same products arrive concurrently', async () => {
      const before = new Map((await store.popular(50)).map((p) => [p.productId, p.orders]));
      const burst = Array.from({ length: 20 }, (_, i) => ({
        orderId: `burst${i}`,
        customerId: 'u_burst',
        createdAt: '2026-06-01T00:00:00.000Z',
        lines: [
          { productId: i % 2 ? 'p00' : 'p01', quantity: 1 },
          { productId: i % 2 ? 'p01' : 'p00', quantity: 1 },
        ],
      }));
      const results = await Promise.all(burst.map((o) => store.recordOrder(orderEvent(o))));
      expect(results.every(Boolean)).toBe(true);
      const after = new Map((await store.popular(50)).map((p) => [p.productId, p.orders]));
      expect(after.get('p00')).toBe(before.get('p00')! + 20);
      expect(after.get('p01')).toBe(before.get('p01')! + 20);
      const { recommended } = await store.forUsers(['u_burst'], 3);
      expect(recommended.filter((r) => r.productId === 'p00' || r.productId === 'p01')).toEqual([]);
      expect(recommended.length).toBeGreaterThan(0);
    });
  });
}
