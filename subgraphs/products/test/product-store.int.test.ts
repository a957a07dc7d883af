import { createLogger } from '@shop/kit';
import { InMemoryEventBus, newEvent, type DomainEvent } from '@shop/stores';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentDatabase } from '../src/db/document-collection';
import { createOutboxStore, type OutboxStore } from '../src/db/outbox-store';
import { createProductStore, type ProductStore } from '../src/db/product-store';
import { withQueryCounter, type CountedDatabase } from '../src/db/query-counter';
import type { ProductRow } from '../src/domain/catalog';
import { PRODUCT_SORTS, type ProductCursor, type ProductSort, cursorOf } from '../src/domain/product-query';
import { startDocumentOutboxRelay } from '../src/events/outbox-relay';
import { documentTargets } from './helpers/document-targets';
import { CATEGORIES, product } from './helpers/fixtures';

const PRODUCTS: ProductRow[] = [
  ...Array.from({ length: 8 }, (_, i) => product(i + 1)),
  product(9, { categoryId: 'cat_ultralight', prices: [1500, 900], name: 'apple tent' }),
  product(10, { categoryId: 'cat_ultralight', prices: [1500], brand: 'Zephyr' }),
  product(11, { categoryId: 'cat_books', prices: [1500], name: 'Zebra guide' }),
  product(12, { categoryId: 'cat_books', brand: 'Zephyr', name: 'Apple pie book' }),
];

const created = (p: ProductRow): DomainEvent => newEvent('product.created', { product: { id: p.id } });

/** The order each sort promises, worked out independently of the query builder. */
function expectedOrder(rows: ProductRow[], sort: ProductSort): string[] {
  const key = (p: ProductRow) => ({ NEWEST: p.createdAt, PRICE_ASC: p.priceMinor, PRICE_DESC: p.priceMinor, NAME_ASC: p.name.toLowerCase() })[sort];
  const desc = sort === 'NEWEST' || sort === 'PRICE_DESC';
  return [...rows]
    .sort((a, b) => {
      const [ka, kb] = [key(a), key(b)];
      const c = ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
      return desc ? -c : c;
    })
    .map((p) => p.id);
}

/** The ProductStore contract: every DocumentDatabase implementation must pass it. */
for (const target of documentTargets()) {
  describe.skipIf(target.skip)(`ProductStore contract — ${target.name}`, () => {
    let db: DocumentDatabase;
    let counted: CountedDatabase;
    let drop: () => Promise<void>;
    let store: ProductStore;
    let outbox: OutboxStore;

    beforeAll(async () => {
      ({ db, drop } = await target.open());
      counted = withQueryCounter(db);
      store = createProductStore(counted);
      outbox = createOutboxStore(db);
    });
    afterAll(async () => {
      await db?.close();
      await drop?.();
    });

    it('starts empty', async () => {
      expect(await store.count({})).toBe(0);
      expect(await store.categories()).toEqual([]);
    });

    it('imports a catalogue with one event per product', async () => {
      await store.importCatalog(CATEGORIES, PRODUCTS, PRODUCTS.map(created));
      expect(await store.count({})).toBe(PRODUCTS.length);
      expect(await outbox.unpublishedCount()).toBe(PRODUCTS.length);
    });

    it('lists categories roots first and walks the tree', async () => {
      expect((await store.categories()).map((c) => c.id)).toEqual(['cat_books', 'cat_gear', 'cat_tents', 'cat_ultralight']);
      expect((await store.categoryBySlug('ultralight'))?.ancestorIds).toEqual(['cat_gear', 'cat_tents']);
      expect(await store.categoryBySlug('nope')).toBeUndefined();
      expect((await store.childrenOf(['cat_gear', 'cat_tents'])).map((c) => c.id).sort()).toEqual(['cat_tents', 'cat_ultralight']);
      expect((await store.categoriesByIds(['cat_books', 'missing'])).map((c) => c.id)).toEqual(['cat_books']);
    });

    it('finds products and variants by id with one operation per batch', async () => {
      counted.resetQueryCount();
      const found = await store.findByIds(['prd_003', 'prd_001', 'missing']);
      expect(counted.queryCount()).toBe(1);
      expect(found.map((p) => p.id).sort()).toEqual(['prd_001', 'prd_003']);
      expect(found.find((p) => p.id === 'prd_001')).toEqual(PRODUCTS[0]);

      counted.resetQueryCount();
      const variants = await store.variantsByIds(['var_9_1', 'var_1_0', 'var_missing']);
      expect(counted.queryCount()).toBe(1);
      expect(variants.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
        { id: 'var_1_0', sku: 'SKU-1-0', name: 'Variant 0', priceMinor: 1100, attributes: [], productId: 'prd_001', currencyCode: 'USD' },
        { id: 'var_9_1', sku: 'SKU-9-1', name: 'Variant 1', priceMinor: 900, attributes: [], productId: 'prd_009', currencyCode: 'USD' },
      ]);
      expect((await store.findBySlug('product-12'))?.id).toBe('prd_012');
    });

    it('filters by category (with descendants), brand, lowest price and ids', async () => {
      const ids = async (criteria: Parameters<ProductStore['count']>[0]) => {
        const rows = await store.list({ criteria, sort: 'PRICE_ASC', limit: 100 });
        expect(await store.count(criteria)).toBe(rows.length);
        return rows.map((p) => p.id);
      };
      expect(await ids({ categoryId: 'cat_gear' })).toHaveLength(10);
      expect(await ids({ categoryId: 'cat_ultralight' })).toEqual(['prd_009', 'prd_010']);
      expect(await ids({ brand: 'Zephyr' })).toEqual(['prd_010', 'prd_012']);
      expect(await ids({ minPriceMinor: 1500, maxPriceMinor: 1600 })).toEqual(['prd_005', 'prd_010', 'prd_011', 'prd_006']);
      expect(await ids({ ids: ['prd_002', 'prd_011', 'nope'], categoryId: 'cat_books' })).toEqual(['prd_011']);
    });

    it.each(PRODUCT_SORTS)('pages through every product sorted %s without gaps or repeats', async (sort) => {
      const seen: string[] = [];
      let after: ProductCursor | undefined;
      for (let page = 0; page < 10; page++) {
        const rows = await store.list({ criteria: {}, sort, after, limit: 4 });
        seen.push(...rows.slice(0, 3).map((p) => p.id));
        if (rows.length <= 3) break;
        after = cursorOf(rows[2]!, sort);
      }
      expect(seen).toEqual(expectedOrder(PRODUCTS, sort));
    });

    it('creates a product with its event, and refuses a taken slug or SKU without an event', async () => {
      const before = await outbox.unpublishedCount();
      const fresh = { ...product(13), id: 'prd_new' };
      expect(await store.create(fresh, [created(fresh)])).toEqual({ ok: true, product: fresh });
      expect(await outbox.unpublishedCount()).toBe(before + 1);

      const sameSlug = { ...product(14), slug: 'product-1' };
      expect(await store.create(sameSlug, [created(sameSlug)])).toEqual({ ok: false, conflict: 'slug' });
      const sameSku = product(15);
      sameSku.variants = [{ ...sameSku.variants[0]!, sku: 'SKU-2-0' }];
      expect(await store.create(sameSku, [created(sameSku)])).toEqual({ ok: false, conflict: 'sku' });
      expect(await store.findByIds(['prd_014', 'prd_015'])).toEqual([]);
      expect(await outbox.unpublishedCount()).toBe(before + 1);
    });

    it('creates concurrent products with one slug exactly once', async () => {
      const racers = Array.from({ length: 6 }, (_, i) => ({ ...product(20 + i), slug: 'contested' }));
      const results = await Promise.all(racers.map((p) => store.create(p, [created(p)])));
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(await store.count({ ids: racers.map((p) => p.id) })).toBe(1);
    });

    it('updates only the revision it read, and bumps it', async () => {
      const before = await outbox.unpublishedCount();
      const [current] = await store.findByIds(['prd_002']);
      const renamed = { ...current!, name: 'Renamed' };
      const first = await store.update(renamed, [created(renamed)]);
      expect(first).toMatchObject({ ok: true, product: { id: 'prd_002', name: 'Renamed', revision: 1 } });
      expect(await store.update({ ...current!, name: 'Stale' }, [created(current!)])).toEqual({ ok: false, conflict: 'revision' });
      expect(await store.update({ ...current!, id: 'prd_missing' }, [created(current!)])).toEqual({ ok: false, conflict: 'revision' });
      const [after] = await store.findByIds(['prd_002']);
      expect(after).toMatchObject({ name: 'Renamed', revision: 1 });
      expect(await store.update({ ...after!, slug: 'product-3' }, [created(after!)])).toEqual({ ok: false, conflict: 'slug' });
      expect(await outbox.unpublishedCount()).toBe(before + 1);
    });

    it('relays every recorded event exactly once, even with two relays side by side', async () => {
      const bus = new InMemoryEventBus();
      const received: DomainEvent[] = [];
      await bus.subscribe('test', async (e) => void received.push(e));
      const logger = createLogger('silent');
      const relays = [1, 2].map(() => startDocumentOutboxRelay({ outbox, bus, logger, batchSize: 5 }));
      await Promise.all(relays.map((r) => r.flush()));
      await Promise.all(relays.map((r) => r.stop()));
      await bus.idle();
      expect(await outbox.unpublishedCount()).toBe(0);
      expect(new Set(received.map((e) => e.id)).size).toBe(received.length);
      expect(received.length).toBe(PRODUCTS.length + 3);
      const productIds = received.filter((e) => e.type === 'product.created').map((e) => (e.payload as { product: { id: string } }).product.id);
      expect(productIds).toEqual(expect.arrayContaining(PRODUCTS.map((p) => p.id)));
    });
  });
}
