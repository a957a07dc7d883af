import { newEvent, openPostgres, type PostgresStore } from '@shop/stores';
import { postgresTargets } from '@shop/testing';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../src/app';
import { createInventoryStore, type AdjustRequest, type InventoryStore } from '../src/db/inventory-store';
import { idempotencyKeys, outbox, schema, stockAdjustments, type InventorySchema } from '../src/db/schema';
import { adjustmentRequestHash, type AdjustStockInput } from '../src/domain/adjustment';

const WAREHOUSES = [
  { id: 'wh_a', code: 'A', name: 'Warehouse A', city: 'Austin' },
  { id: 'wh_b', code: 'B', name: 'Warehouse B', city: 'Boston' },
];
const level = (warehouseId: string, productId: string, variantId: string, quantityOnHand: number, reserved = 0) => ({
  warehouseId,
  productId,
  variantId,
  sku: `SKU-${variantId}`,
  quantityOnHand,
  reserved,
});
const LEVELS = [
  level('wh_a', 'p1', 'v1', 10, 2),
  level('wh_b', 'p1', 'v1', 5),
  level('wh_a', 'p1', 'v2', 0),
  level('wh_a', 'p2', 'v3', 8, 1),
  level('wh_a', 'p3', 'v4', 5),
  level('wh_a', 'p4', 'v5', 3, 3),
];

let keys = 0;
const request = (input: AdjustStockInput, idempotencyKey = `key-${++keys}`): AdjustRequest => ({
  input,
  idempotencyKey,
  requestHash: adjustmentRequestHash(input),
  actorId: 'usr_admin',
});

/** The InventoryStore contract: every implementation must pass it. */
for (const target of postgresTargets()) {
  describe.skipIf(target.skip)(`InventoryStore contract — ${target.name}`, () => {
    let pg: PostgresStore<InventorySchema>;
    let store: InventoryStore;
    let drop: () => Promise<void>;

    beforeAll(async () => {
      const database = await target.create();
      drop = database.drop;
      pg = await openPostgres({ url: database.url, schema, migrationsFolder, pgSchema: 'inventory' });
      store = createInventoryStore(pg.db);
    });
    afterAll(async () => {
      await pg?.close();
      await drop?.();
    });

    const eventsOf = async (type: string) =>
      (await pg.db.select().from(outbox).where(eq(outbox.type, type)).orderBy(asc(outbox.seq))).map((row) => row.payload as Record<string, unknown>);
    const levelOf = async (warehouseId: string, variantId: string) => (await store.levelsByVariantIds([variantId])).find((l) => l.warehouseId === warehouseId);

    it('applies the migrations to an empty database and seeds it exactly once', async () => {
      expect(await store.warehouses()).toEqual([]);
      const events = [newEvent('inventory.stock_changed', { productId: 'p1', available: 13, inStock: true })];
      expect(await store.seed({ warehouses: WAREHOUSES, levels: LEVELS, events })).toBe(true);
      expect(await store.seed({ warehouses: WAREHOUSES, levels: LEVELS, events })).toBe(false);
      expect((await store.warehouses()).map((w) => w.code)).toEqual(['A', 'B']);
      expect(await eventsOf('inventory.stock_changed')).toHaveLength(1);
    });

    it('sums availability per product and per variant, each batch in one query', async () => {
      pg.resetQueryCount();
      const products = await store.availabilityByProductIds(['p1', 'p2', 'p4', 'missing']);
      expect(pg.queryCount()).toBe(1);
      expect(Object.fromEntries(products.map((a) => [a.id, a.available]))).toEqual({ p1: 13, p2: 7, p4: 0 });
      pg.resetQueryCount();
      const variants = await store.availabilityByVariantIds(['v1', 'v2', 'missing']);
      expect(pg.queryCount()).toBe(1);
      expect(Object.fromEntries(variants.map((a) => [a.id, a.available]))).toEqual({ v1: 13, v2: 0 });
      expect(await store.availabilityByProductIds([])).toEqual([]);
    });

    it('lists levels and warehouses by id in one query each', async () => {
      pg.resetQueryCount();
      const levels = await store.levelsByProductIds(['p1', 'p2']);
      expect(levels.map((l) => `${l.productId}/${l.variantId}/${l.warehouseId}`)).toEqual(['p1/v1/wh_a', 'p1/v1/wh_b', 'p1/v2/wh_a', 'p2/v3/wh_a']);
      expect(levels[0]).toMatchObject({ sku: 'SKU-v1', quantityOnHand: 10, reserved: 2, lowStockThreshold: 5 });
      expect((await store.levelsByVariantIds(['v1'])).map((l) => l.warehouseId)).toEqual(['wh_a', 'wh_b']);
      expect((await store.warehousesByIds(['wh_b', 'nope'])).map((w) => w.city)).toEqual(['Boston']);
      expect(pg.queryCount()).toBe(3);
    });

    it('adjusts a level, records why, and announces the product total', async () => {
      const outcome = await store.adjust(request({ variantId: 'v1', warehouseId: 'wh_b', delta: 4, reason: 'delivery' }));
      expect(outcome.userErrors).toEqual([]);
      expect(outcome.level).toMatchObject({ warehouseId: 'wh_b', variantId: 'v1', quantityOnHand: 9, reserved: 0 });
      expect((await eventsOf('inventory.stock_changed')).at(-1)).toEqual({
        productId: 'p1',
        available: 17,
        inStock: true,
        variants: [
          { variantId: 'v1', available: 17 },
          { variantId: 'v2', available: 0 },
        ],
      });
      const audit = await pg.db.select().from(stockAdjustments).where(eq(stockAdjustments.variantId, 'v1'));
      expect(audit).toMatchObject([{ warehouseId: 'wh_b', delta: 4, reason: 'delivery', actorId: 'usr_admin' }]);
    });

    it('refuses to take more than is available without changing anything', async () => {
      const outcome = await store.adjust(request({ variantId: 'v3', warehouseId: 'wh_a', delta: -8, reason: 'count' }));
      expect(outcome).toEqual({ level: null, userErrors: [expect.objectContaining({ code: 'INSUFFICIENT_STOCK', field: 'delta' })] });
      expect(outcome.userErrors[0]?.message).toContain('Only 7');
      expect(await levelOf('wh_a', 'v3')).toMatchObject({ quantityOnHand: 8, reserved: 1 });
      // Reserved units stay: on hand may drop to exactly what is reserved, not below.
      expect((await store.adjust(request({ variantId: 'v3', warehouseId: 'wh_a', delta: -7, reason: 'count' }))).level).toMatchObject({
        quantityOnHand: 1,
        reserved: 1,
      });
    });

    it('announces low stock when a decrease leaves a level at or below its threshold', async () => {
      const before = (await eventsOf('inventory.low_stock')).length;
      await store.adjust(request({ variantId: 'v1', warehouseId: 'wh_a', delta: -2, reason: 'damaged' })); // 8 - 2 = 6 available
      expect(await eventsOf('inventory.low_stock')).toHaveLength(before);
      await store.adjust(request({ variantId: 'v1', warehouseId: 'wh_a', delta: -1, reason: 'damaged' })); // 5 available
      expect((await eventsOf('inventory.low_stock')).at(-1)).toEqual({ productId: 'p1', variantId: 'v1', warehouseId: 'wh_a', available: 5, threshold: 5 });
    });

    it('tells an unknown warehouse from a variant that has no record there', async () => {
      const noWarehouse = await store.adjust(request({ variantId: 'v1', warehouseId: 'wh_zz', delta: 1, reason: 'x' }));
      expect(noWarehouse.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'warehouseId' })]);
      const noVariant = await store.adjust(request({ variantId: 'v_unknown', warehouseId: 'wh_a', delta: 1, reason: 'x' }));
      expect(noVariant.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'variantId' })]);
    });

    it('applies a repeated idempotency key once and replays the first result', async () => {
      const input = { variantId: 'v2', warehouseId: 'wh_a', delta: 3, reason: 'found in back room' };
      const first = await store.adjust(request(input, 'replay-key'));
      const again = await store.adjust(request(input, 'replay-key'));
      expect(again).toEqual(first);
      expect(await levelOf('wh_a', 'v2')).toMatchObject({ quantityOnHand: 3 });
      const [stored] = await pg.db
        .select({ type: sql<string>`jsonb_typeof(${idempotencyKeys.response})` })
        .from(idempotencyKeys)
        .where(eq(idempotencyKeys.key, 'replay-key'));
      expect(stored?.type).toBe('object');
    });

    it('refuses an idempotency key reused for a different adjustment', async () => {
      const reused = await store.adjust(request({ variantId: 'v2', warehouseId: 'wh_a', delta: 4, reason: 'found in back room' }, 'replay-key'));
      expect(reused).toEqual({ level: null, userErrors: [expect.objectContaining({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' })] });
      expect(await levelOf('wh_a', 'v2')).toMatchObject({ quantityOnHand: 3 });
    });

    it('applies exactly 5 of 20 concurrent single-unit decreases of a level holding 5', async () => {
      const outcomes = await Promise.all(
        Array.from({ length: 20 }, () => store.adjust(request({ variantId: 'v4', warehouseId: 'wh_a', delta: -1, reason: 'rush' }))),
      );
      expect(outcomes.filter((o) => o.level)).toHaveLength(5);
      expect(outcomes.filter((o) => o.userErrors[0]?.code === 'INSUFFICIENT_STOCK')).toHaveLength(15);
      expect(await levelOf('wh_a', 'v4')).toMatchObject({ quantityOnHand: 0 });
      // The last announcement of the product carries its true total.
      expect((await eventsOf('inventory.stock_changed')).filter((e) => e.productId === 'p3').at(-1)).toEqual({
        productId: 'p3',
        available: 0,
        inStock: false,
        variants: [{ variantId: 'v4', available: 0 }],
      });
    });

    it('applies concurrent retries of one idempotency key once', async () => {
      const input = { variantId: 'v3', warehouseId: 'wh_a', delta: 5, reason: 'restock' };
      const outcomes = await Promise.all(Array.from({ length: 8 }, () => store.adjust(request(input, 'racing-key'))));
      for (const outcome of outcomes) expect(outcome).toEqual(outcomes[0]);
      expect(outcomes[0]?.level).toMatchObject({ quantityOnHand: 6 });
      expect(await levelOf('wh_a', 'v3')).toMatchObject({ quantityOnHand: 6 });
    });

    it('keeps the stock checks in the database itself', async () => {
      await expect(pg.db.execute(sql`update inventory.stock_levels set reserved = quantity_on_hand + 1 where variant_id = 'v1'`)).rejects.toThrow();
      await expect(pg.db.execute(sql`update inventory.stock_levels set quantity_on_hand = -1, reserved = 0 where variant_id = 'v2'`)).rejects.toThrow();
    });
  });
}
