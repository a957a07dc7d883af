import { openPostgres, type PostgresStore } from '@shop/stores';
import { postgresTargets } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../src/app';
import { createCartStore, type CartStore } from '../src/db/cart-store';
import { schema, type OrdersSchema } from '../src/db/schema';

const line = (id: string, lineNo: number, quantity: number) => ({ id, lineNo, productId: `prd_${lineNo}`, variantId: null, quantity, unitPriceMinor: 1250 });

/** The CartStore contract: every implementation must pass it. */
for (const target of postgresTargets()) {
  describe.skipIf(target.skip)(`CartStore contract — ${target.name}`, () => {
    let pg: PostgresStore<OrdersSchema>;
    let store: CartStore;
    let drop: () => Promise<void>;

    beforeAll(async () => {
      const database = await target.create();
      drop = database.drop;
      pg = await openPostgres({ url: database.url, schema, migrationsFolder, pgSchema: 'orders' });
      store = createCartStore(pg.db);
    });
    afterAll(async () => {
      await pg?.close();
      await drop?.();
    });

    it('saves carts with their lines and finds them in one query per batch', async () => {
      await store.save({ id: 'cart_guest', customerId: null, currencyCode: 'USD', updatedAt: '2026-01-01T10:00:00.000Z' }, [line('g1', 1, 1)]);
      await store.save({ id: 'cart_a1', customerId: 'usr_a', currencyCode: 'USD', updatedAt: '2026-01-01T10:00:00.000Z' }, [
        line('a2', 2, 3),
        line('a1', 1, 2),
      ]);
      pg.resetQueryCount();
      const found = await store.findByIds(['cart_a1', 'cart_guest', 'missing']);
      const lines = await store.linesByCartIds(['cart_a1', 'cart_guest']);
      expect(pg.queryCount()).toBe(2);
      expect(found.map((c) => c.id).sort()).toEqual(['cart_a1', 'cart_guest']);
      expect(found.find((c) => c.id === 'cart_guest')).toEqual({
        id: 'cart_guest',
        customerId: null,
        currencyCode: 'USD',
        updatedAt: '2026-01-01T10:00:00.000Z',
      });
      expect(lines.map((l) => l.id)).toEqual(['a1', 'a2', 'g1']);
    });

    it("replaces a cart's lines on save", async () => {
      await store.save({ id: 'cart_a1', customerId: 'usr_a', currencyCode: 'USD', updatedAt: '2026-01-01T11:00:00.000Z' }, [line('a3', 1, 5)]);
      expect((await store.linesByCartIds(['cart_a1'])).map((l) => [l.id, l.quantity])).toEqual([['a3', 5]]);
      expect((await store.findByIds(['cart_a1']))[0]?.updatedAt).toBe('2026-01-01T11:00:00.000Z');
    });

    it("finds a customer's most recently updated cart", async () => {
      await store.save({ id: 'cart_a0', customerId: 'usr_a', currencyCode: 'USD', updatedAt: '2025-12-31T10:00:00.000Z' }, []);
      expect((await store.latestOfCustomer('usr_a'))?.id).toBe('cart_a1');
      expect(await store.latestOfCustomer('usr_nobody')).toBeUndefined();
    });
  });
}
