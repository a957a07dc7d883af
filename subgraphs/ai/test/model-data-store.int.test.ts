import { openPostgres, type PostgresStore } from '@shop/stores';
import { postgresTargets } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../src/app';
import { createModelDataStore, type ModelDataStore, type SaleLineRow } from '../src/db/model-data-store';
import { schema, type AiSchema } from '../src/db/schema';
import type { CatalogItem } from '../src/domain/models/sales';

const line = (orderId: string, lineNo: number, productId: string, at: string): SaleLineRow => ({
  orderId,
  lineNo,
  customerId: 'u1',
  productId,
  variantId: `${productId}_v1`,
  quantity: 2,
  unitPriceMinor: 1999,
  orderedAt: at,
});

const item = (id: string, name: string): CatalogItem => ({
  id,
  name,
  description: 'A tent.',
  brand: 'Ridgeline',
  categoryIds: ['cat_camping', 'cat_outdoors'],
  attributes: [{ name: 'Material', value: 'Ripstop nylon' }],
  variants: [{ id: `${id}_v1`, sku: 'S-1', priceMinor: 1999, costMinor: 900, priceHistory: [{ from: Date.UTC(2026, 0, 1), priceMinor: 1999 }] }],
});

/** The ModelDataStore contract (the models' training data): every implementation must pass it. */
for (const target of postgresTargets()) {
  describe.skipIf(target.skip)(`ModelDataStore contract — ${target.name}`, () => {
    let pg: PostgresStore<AiSchema>;
    let store: ModelDataStore;
    let drop: () => Promise<void>;

    beforeAll(async () => {
      const database = await target.create();
      drop = database.drop;
      pg = await openPostgres({ url: database.url, schema, migrationsFolder, pgSchema: 'ai' });
      store = createModelDataStore(pg.db);
    });
    afterAll(async () => {
      await pg?.close();
      await drop?.();
    });

    it('starts empty', async () => {
      expect(await store.load()).toEqual({ catalog: [], lines: [] });
    });

    it('records order lines once, oldest first on load, and changes its stamp only when something changed', async () => {
      const empty = await store.stamp();
      await store.recordLines([line('o2', 1, 'p1', '2026-02-02T10:00:00.000Z'), line('o2', 2, 'p2', '2026-02-02T10:00:00.000Z')]);
      await store.recordLines([line('o1', 1, 'p1', '2026-02-01T10:00:00.000Z')]);
      const stamp = await store.stamp();
      expect(stamp).not.toBe(empty);
      await store.recordLines([line('o2', 1, 'p1', '2026-02-02T10:00:00.000Z')]);
      expect(await store.stamp()).toBe(stamp);
      const { lines } = await store.load();
      expect(lines.map((l) => `${l.orderId}:${l.productId}`)).toEqual(['o1:p1', 'o2:p1', 'o2:p2']);
      expect(lines[0]).toEqual({
        orderId: 'o1',
        customerId: 'u1',
        productId: 'p1',
        variantId: 'p1_v1',
        quantity: 2,
        unitPriceMinor: 1999,
        at: Date.parse('2026-02-01T10:00:00.000Z'),
      });
    });

    it('keeps the newest announcement of a product: an older event changes nothing', async () => {
      await store.upsertItem(item('p1', 'Tent'), '2026-03-01T00:00:00.000Z');
      await store.upsertItem(item('p1', 'Tent v2'), '2026-03-02T00:00:00.000Z');
      await store.upsertItem(item('p1', 'Tent (stale)'), '2026-02-28T00:00:00.000Z');
      const { catalog } = await store.load();
      expect(catalog).toEqual([item('p1', 'Tent v2')]);
    });
  });
}
