import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndexSearchResult, ProductDoc, SearchFilters, SearchIndex } from '../src/db/search-index';
import { demoDocs, expectedCounts, expectedPriceCounts, stockPayloads } from './fixtures';
import { searchTargets, type OpenedTarget } from './search-targets';

const stock = new Map(stockPayloads().map((s) => [s.productId, s]));
const words = (d: ProductDoc) => [d.name, d.brand, d.description, d.categoryName].join(' ');
const matching = (pattern: RegExp) => demoDocs.filter((d) => pattern.test(words(d)));
const ids = (r: IndexSearchResult) => r.hits.map((h) => h.id);
const sorted = (list: string[]) => [...list].sort();

/** The SearchIndex contract: every implementation must pass it. */
for (const target of searchTargets()) {
  describe.skipIf(target.skip)(`SearchIndex contract — ${target.name}`, () => {
    let opened: OpenedTarget;
    let index: SearchIndex;
    const find = (query: string, filters: SearchFilters = {}, offset = 0, limit = 100) => index.search({ query, filters, offset, limit });

    beforeAll(async () => {
      opened = await target.open();
      index = opened.index;
    });
    afterAll(() => opened?.destroy());

    it('starts empty, with every price bucket at zero', async () => {
      expect(await index.count()).toBe(0);
      expect(await find('')).toEqual({
        totalCount: 0,
        hits: [],
        facets: [
          { name: 'category', values: [] },
          { name: 'brand', values: [] },
          { name: 'price', values: expectedPriceCounts([]) },
        ],
      });
    });

    it('indexes the demo catalogue and its stock', async () => {
      await index.upsertProducts(demoDocs);
      for (const s of stock.values()) await index.setStock(s.productId, s.available, s.inStock, 1_000);
      expect(await index.count()).toBe(520);
      expect((await find('')).totalCount).toBe(520);
      const first = demoDocs[0]!;
      expect(await index.get(first.id)).toEqual({ ...first, available: stock.get(first.id)!.available, inStock: stock.get(first.id)!.inStock });
      expect(await index.get('prd_missing')).toBeUndefined();
    });

    it('ranks products named for the term above those matching only by category or description', async () => {
      const named = demoDocs.filter((d) => /\bheadphones\b/i.test(d.name)).map((d) => d.id);
      const result = await find('headphones');
      expect(result.totalCount).toBe(matching(/\bheadphones\b/i).length);
      expect(sorted(ids(result).slice(0, named.length))).toEqual(sorted(named));
      expect(result.hits.every((h) => h.score > 0)).toBe(true);
      expect(result.hits.map((h) => h.score)).toEqual([...result.hits.map((h) => h.score)].sort((a, b) => b - a));
    });

    it('puts products matching every word first', async () => {
      const both = demoDocs.filter((d) => d.brand === 'Voltix' && /\bheadphones\b/i.test(d.name)).map((d) => d.id);
      expect(both.length).toBeGreaterThan(0);
      expect(sorted(ids(await find('Voltix headphones')).slice(0, both.length))).toEqual(sorted(both));
    });

    it('tolerates a typo', async () => {
      const exact = await find('headphones');
      const typo = await find('hedphones');
      expect(typo.totalCount).toBe(exact.totalCount);
      expect(sorted(ids(typo))).toEqual(sorted(ids(exact)));
      expect(demoDocs.find((d) => d.id === ids(typo)[0])?.name).toMatch(/Headphones/);
      const skillets = demoDocs.filter((d) => /Skillet/.test(d.name)).map((d) => d.id);
      expect(sorted(ids(await find('skilet')).slice(0, skillets.length))).toEqual(sorted(skillets));
    });

    it('finds nothing for a word the catalogue does not have', async () => {
      expect((await find('xylophone')).totalCount).toBe(0);
    });

    it('filters by category, including every descendant category', async () => {
      const electronics = await find('', { categoryIds: ['cat_electronics'] });
      const expected = demoDocs.filter((d) => d.categoryIds.includes('cat_electronics')).map((d) => d.id);
      expect(electronics.totalCount).toBe(expected.length);
      expect(new Set(expected).size).toBeGreaterThan(3 * 5);
      const two = await find('', { categoryIds: ['cat_headphones', 'cat_yoga'] });
      expect(two.totalCount).toBe(demoDocs.filter((d) => d.categoryId === 'cat_headphones' || d.categoryId === 'cat_yoga').length);
      expect(ids(two).every((id) => ['cat_headphones', 'cat_yoga'].includes(demoDocs.find((d) => d.id === id)!.categoryId))).toBe(true);
    });

    it('filters by exact brand names', async () => {
      const result = await find('', { brands: ['Voltix', 'Kestrel Audio'] });
      expect(result.totalCount).toBe(demoDocs.filter((d) => d.brand === 'Voltix' || d.brand === 'Kestrel Audio').length);
      expect((await find('', { brands: ['Kestrel'] })).totalCount).toBe(0);
    });

    it('filters by price, both bounds inclusive', async () => {
      const result = await find('', { minPriceMinor: 2500, maxPriceMinor: 4999 });
      expect(result.totalCount).toBe(demoDocs.filter((d) => d.priceMinor >= 2500 && d.priceMinor <= 4999).length);
      const exact = demoDocs[3]!.priceMinor;
      const atPrice = await find('', { minPriceMinor: exact, maxPriceMinor: exact });
      expect(atPrice.totalCount).toBe(demoDocs.filter((d) => d.priceMinor === exact).length);
      expect((await find('', { minPriceMinor: 25_000 })).totalCount).toBe(demoDocs.filter((d) => d.priceMinor >= 25_000).length);
    });

    it('filters by stock and combines filters with a query', async () => {
      const inStock = demoDocs.filter((d) => stock.get(d.id)!.inStock);
      expect((await find('', { inStock: true })).totalCount).toBe(inStock.length);
      expect((await find('', { inStock: false })).totalCount).toBe(520 - inStock.length);
      const combined = await find('headphones', { inStock: true, maxPriceMinor: 10_000, categoryIds: ['cat_electronics'] });
      const expected = matching(/\bheadphones\b/i).filter((d) => stock.get(d.id)!.inStock && d.priceMinor <= 10_000);
      expect(sorted(ids(combined))).toEqual(sorted(expected.map((d) => d.id)));
    });

    it('counts facets over every match, not only the page', async () => {
      const all = await find('', {}, 0, 5);
      expect(all.hits).toHaveLength(5);
      expect(all.facets).toEqual([
        { name: 'category', values: expectedCounts(demoDocs.map((d) => d.categoryName)) },
        { name: 'brand', values: expectedCounts(demoDocs.map((d) => d.brand)) },
        { name: 'price', values: expectedPriceCounts(demoDocs.map((d) => d.priceMinor)) },
      ]);
      const voltix = demoDocs.filter((d) => d.brand === 'Voltix');
      const filtered = await find('', { brands: ['Voltix'] }, 0, 0);
      expect(filtered.hits).toEqual([]);
      expect(filtered.facets).toEqual([
        { name: 'category', values: expectedCounts(voltix.map((d) => d.categoryName)) },
        { name: 'brand', values: [{ value: 'Voltix', count: voltix.length }] },
        { name: 'price', values: expectedPriceCounts(voltix.map((d) => d.priceMinor)) },
      ]);
      const headphones = matching(/\bheadphones\b/i);
      expect((await find('headphones')).facets[0]).toEqual({ name: 'category', values: expectedCounts(headphones.map((d) => d.categoryName)) });
    });

    it('pages through results without duplicates or gaps', async () => {
      const browse: string[] = [];
      for (let offset = 0; offset < 520; offset += 37) browse.push(...ids(await find('', {}, offset, 37)));
      // Browsing scores every product alike, so the id breaks every tie.
      expect(browse).toEqual(sorted(demoDocs.map((d) => d.id)));

      const all = await find('steel skillet');
      const paged: string[] = [];
      for (let offset = 0; offset < all.totalCount; offset += 7) paged.push(...ids(await find('steel skillet', {}, offset, 7)));
      expect(new Set(paged).size).toBe(all.totalCount);
      if (all.totalCount <= 100) expect(paged).toEqual(ids(all));
      expect(await find('steel skillet', {}, all.totalCount, 7)).toMatchObject({ totalCount: all.totalCount, hits: [] });
    });

    it('applies stock updates once, ignoring older ones', async () => {
      const id = demoDocs[0]!.id;
      await index.setStock(id, 0, false, 2_000);
      expect(await index.get(id)).toMatchObject({ available: 0, inStock: false });
      expect(ids(await find('', { inStock: true }, 0, 100))).not.toContain(id);
      await index.setStock(id, 0, false, 2_000);
      await index.setStock(id, 99, true, 1_500);
      expect(await index.get(id)).toMatchObject({ available: 0, inStock: false });
      await index.setStock(id, 4, true, 3_000);
      expect(await index.get(id)).toMatchObject({ available: 4, inStock: true });
    });

    it('keeps stock that arrives before its product and applies it when the product arrives', async () => {
      await index.setStock('prd_9001', 7, true, 5_000);
      expect(await index.count()).toBe(520);
      expect(await index.get('prd_9001')).toBeUndefined();
      expect((await find('')).totalCount).toBe(520);
      const doc: ProductDoc = { ...demoDocs[1]!, id: 'prd_9001', slug: 'zephyrine-lantern', name: 'Zephyrine Lantern', asOf: 10 };
      await index.upsertProducts([doc]);
      expect(await index.count()).toBe(521);
      expect(await index.get('prd_9001')).toEqual({ ...doc, available: 7, inStock: true });
      expect(ids(await find('zephyrine', { inStock: true }))).toEqual(['prd_9001']);
    });

    it('replaces a product with a newer version only', async () => {
      const base = (await index.get('prd_9001'))!;
      const { available: _a, inStock: _i, ...doc } = base;
      await index.upsertProducts([
        {
          ...doc,
          name: 'Quokka Lantern',
          brand: 'Ridgeline',
          categoryId: 'cat_camping',
          categoryName: 'Camping',
          categoryIds: ['cat_camping', 'cat_outdoors'],
          asOf: 20,
        },
      ]);
      await index.upsertProducts([{ ...doc, name: 'Stale Lantern', asOf: 15 }]);
      await index.upsertProducts([
        {
          ...doc,
          name: 'Quokka Lantern',
          brand: 'Ridgeline',
          categoryId: 'cat_camping',
          categoryName: 'Camping',
          categoryIds: ['cat_camping', 'cat_outdoors'],
          asOf: 20,
        },
      ]);
      expect(await index.get('prd_9001')).toMatchObject({ name: 'Quokka Lantern', brand: 'Ridgeline', available: 7, inStock: true, asOf: 20 });
      expect(ids(await find('quokka'))).toEqual(['prd_9001']);
      expect((await find('zephyrine')).totalCount).toBe(0);
      expect((await find('stale')).totalCount).toBe(0);
      expect(ids(await find('quokka', { categoryIds: ['cat_outdoors'], brands: ['Ridgeline'] }))).toEqual(['prd_9001']);
      expect(await index.count()).toBe(521);
    });

    it('keeps everything across a restart', async () => {
      const before = {
        count: await index.count(),
        product: await index.get('prd_9001'),
        browse: await find('', {}, 0, 100),
        query: await find('headphones', { inStock: true }),
      };
      index = await opened.reopen();
      expect(await index.count()).toBe(before.count);
      expect(await index.get('prd_9001')).toEqual(before.product);
      expect(await find('', {}, 0, 100)).toEqual(before.browse);
      expect(await find('headphones', { inStock: true })).toEqual(before.query);
      await index.setStock('prd_9001', 1, true, 4_000);
      expect(await index.get('prd_9001')).toMatchObject({ available: 7 });
    });

    it('answers ping', async () => {
      await expect(index.ping()).resolves.toBeUndefined();
    });
  });
}
