import { encodeCursor } from '@shop/kit';
import { Query } from 'mingo';
import { describe, expect, it } from 'vitest';
import { databaseNameOf } from '../src/db/mongo-database';
import {
  buildProductFilter,
  buildProductQuery,
  cursorOf,
  parseProductCursor,
  parseProductFilter,
  sortSpec,
  type ProductSort,
} from '../src/domain/product-query';
import { product } from './helpers/fixtures';

describe('product query builder', () => {
  it('builds an empty filter for no criteria', () => {
    expect(buildProductQuery({}, 'NEWEST')).toEqual({ filter: {}, sort: { createdAt: -1, _id: -1 } });
  });

  it('turns every criterion into a MongoDB filter field', () => {
    expect(buildProductFilter({ categoryId: 'cat_tents', brand: 'Acme', minPriceMinor: 1000, maxPriceMinor: 5000, ids: ['a', 'b'] })).toEqual({
      categoryIds: 'cat_tents',
      brand: 'Acme',
      priceMinor: { $gte: 1000, $lte: 5000 },
      _id: { $in: ['a', 'b'] },
    });
    expect(buildProductFilter({ maxPriceMinor: 0 })).toEqual({ priceMinor: { $lte: 0 } });
  });

  it('sorts by the sort field, then by _id in the same direction', () => {
    expect(sortSpec('PRICE_ASC')).toEqual({ priceMinor: 1, _id: 1 });
    expect(sortSpec('PRICE_DESC')).toEqual({ priceMinor: -1, _id: -1 });
    expect(sortSpec('NAME_ASC')).toEqual({ nameKey: 1, _id: 1 });
  });

  it('continues after a cursor with a keyset condition', () => {
    expect(buildProductQuery({ brand: 'Acme' }, 'PRICE_ASC', { sort: 'PRICE_ASC', value: 1500, id: 'prd_2' }).filter).toEqual({
      brand: 'Acme',
      $or: [{ priceMinor: { $gt: 1500 } }, { priceMinor: 1500, _id: { $gt: 'prd_2' } }],
    });
    expect(buildProductQuery({}, 'NEWEST', { sort: 'NEWEST', value: '2025-01-01T00:00:00.000Z', id: 'prd_2' }).filter).toEqual({
      $or: [{ createdAt: { $lt: '2025-01-01T00:00:00.000Z' } }, { createdAt: '2025-01-01T00:00:00.000Z', _id: { $lt: 'prd_2' } }],
    });
  });

  it('takes cursor values from the row: case-folded name, lowest price, creation time', () => {
    const row = { ...product(1, { prices: [2500, 1900], name: 'Big Tent' }) };
    expect(cursorOf(row, 'NAME_ASC')).toEqual({ sort: 'NAME_ASC', value: 'big tent', id: 'prd_001' });
    expect(cursorOf(row, 'PRICE_DESC')).toEqual({ sort: 'PRICE_DESC', value: 1900, id: 'prd_001' });
    expect(cursorOf(row, 'NEWEST').value).toBe(row.createdAt);
  });

  it('reads back its cursors and refuses foreign or malformed ones', () => {
    const cursor = { sort: 'PRICE_ASC' as const, value: 1500, id: 'prd_2' };
    expect(parseProductCursor(encodeCursor(cursor), 'PRICE_ASC')).toEqual(cursor);
    expect(parseProductCursor(undefined, 'PRICE_ASC')).toBeUndefined();
    const bad = (after: string, sort: ProductSort) => {
      try {
        parseProductCursor(after, sort);
      } catch (error) {
        return (error as { extensions?: { code?: string } }).extensions?.code;
      }
    };
    expect(bad(encodeCursor(cursor), 'NAME_ASC')).toBe('BAD_USER_INPUT');
    expect(bad(encodeCursor({ ...cursor, value: '1500' }), 'PRICE_ASC')).toBe('BAD_USER_INPUT');
    expect(bad('not-a-cursor', 'PRICE_ASC')).toBe('BAD_USER_INPUT');
  });

  it('parses the GraphQL filter, refusing malformed prices and too many ids', () => {
    expect(parseProductFilter({ categoryId: 'c', minPrice: '10', maxPrice: '19.99', brand: null })).toEqual({
      categoryId: 'c',
      minPriceMinor: 1000,
      maxPriceMinor: 1999,
    });
    expect(parseProductFilter(null)).toEqual({});
    const code = (input: Parameters<typeof parseProductFilter>[0]) => {
      try {
        parseProductFilter(input);
      } catch (error) {
        return (error as { extensions?: { code?: string; field?: string } }).extensions;
      }
    };
    expect(code({ minPrice: '10.001' })).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.minPrice' });
    expect(code({ maxPrice: '-1' })).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.maxPrice' });
    expect(code({ maxPrice: 'ten' })).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.maxPrice' });
    expect(code({ ids: Array.from({ length: 101 }, (_, i) => `p${i}`) })).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.ids' });
  });

  it('pages through ties without gaps when the documents are evaluated as MongoDB would', () => {
    // Evaluated with mingo, the engine behind the embedded store; the contract suite runs the same on MongoDB.
    const docs = [3, 1, 2, 5, 4, 6].map((n) => ({ _id: `p${n}`, priceMinor: n % 2 ? 100 : 200 }));
    const seen: string[] = [];
    let after: { sort: 'PRICE_DESC'; value: number; id: string } | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const { filter, sort } = buildProductQuery({}, 'PRICE_DESC', after);
      const page = new Query(filter).find<{ _id: string; priceMinor: number }>(docs).sort(sort).limit(2).all();
      if (!page.length) break;
      seen.push(...page.map((d) => d._id));
      const last = page.at(-1)!;
      after = { sort: 'PRICE_DESC', value: last.priceMinor, id: last._id };
    }
    expect(seen).toEqual(['p6', 'p4', 'p2', 'p5', 'p3', 'p1']);
  });
});

describe('MongoDB connection strings', () => {
  it('names the database given in the URL, if any', () => {
    expect(databaseNameOf('mongodb://mongodb:27017/shop?replicaSet=rs0')).toBe('shop');
    expect(databaseNameOf('mongodb://a:27017,b:27017/catalog')).toBe('catalog');
    expect(databaseNameOf('mongodb+srv://user:pw@cluster.example.net/')).toBeUndefined();
    expect(databaseNameOf('mongodb://localhost:27017')).toBeUndefined();
  });
});
