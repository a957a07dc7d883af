import type { DomainEvent } from '@shop/stores';
import { describe, expect, it } from 'vitest';
import { compareHits, orderTermValues, PRICE_BUCKETS, priceValues } from '../src/domain/facets';
import { MAX_FILTER_VALUES, offsetCursor, toSearchParams } from '../src/domain/search-input';
import { toIndexCommand } from '../src/events/payloads';
import { demoProducts, productPayload } from './fixtures';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { extensions?: { code?: string; field?: string } }).extensions;
  }
  return undefined;
};

describe('search arguments', () => {
  it('defaults to the first 20 and trims the query', () => {
    expect(toSearchParams({ query: '  wireless   headphones ' })).toEqual({ query: 'wireless headphones', limit: 20, offset: 0, filters: {} });
    expect(toSearchParams({ query: '   ' }).query).toBe('');
  });

  it('continues after a cursor', () => {
    expect(toSearchParams({ query: 'x', first: 5, after: offsetCursor(40) })).toMatchObject({ limit: 5, offset: 40 });
  });

  it('refuses page sizes outside 0..100, foreign cursors and deep pages', () => {
    expect(code(() => toSearchParams({ query: '', first: 101 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(code(() => toSearchParams({ query: '', first: -1 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(code(() => toSearchParams({ query: '', after: 'not-a-cursor' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(code(() => toSearchParams({ query: '', after: Buffer.from('{"offset":-3}').toString('base64url') }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    expect(code(() => toSearchParams({ query: '', first: 100, after: offsetCursor(9_950) }))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(toSearchParams({ query: '', first: 0 }).limit).toBe(0);
  });

  it('refuses an overlong query', () => {
    expect(code(() => toSearchParams({ query: 'a'.repeat(201) }))).toEqual({ code: 'BAD_USER_INPUT', field: 'query' });
  });

  it('reads prices as decimal strings in minor units, bounds inclusive', () => {
    expect(toSearchParams({ query: '', filters: { minPrice: '25', maxPrice: '49.99' } }).filters).toEqual({ minPriceMinor: 2500, maxPriceMinor: 4999 });
    expect(toSearchParams({ query: '', filters: { minPrice: '10.5' } }).filters).toEqual({ minPriceMinor: 1050 });
    for (const bad of ['abc', '1.234', '-1', '', '1e3']) {
      expect(code(() => toSearchParams({ query: '', filters: { minPrice: bad } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'filters.minPrice' });
    }
    expect(code(() => toSearchParams({ query: '', filters: { minPrice: '50', maxPrice: '20' } }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'filters.minPrice',
    });
  });

  it('takes lists as they come, ignoring empty ones, and caps their length', () => {
    expect(toSearchParams({ query: '', filters: { categoryIds: ['cat_a', 'cat_a', ' cat_b '], brands: [], inStock: false } }).filters).toEqual({
      categoryIds: ['cat_a', 'cat_b'],
      inStock: false,
    });
    expect(toSearchParams({ query: '', filters: { brands: null, inStock: null } }).filters).toEqual({});
    const many = Array.from({ length: MAX_FILTER_VALUES + 1 }, (_, i) => `b${i}`);
    expect(code(() => toSearchParams({ query: '', filters: { brands: many } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'filters.brands' });
    expect(code(() => toSearchParams({ query: '', filters: { categoryIds: ['  '] } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'filters.categoryIds' });
  });
});

describe('facets', () => {
  it('has five fixed price buckets in minor units, lower bound inclusive', () => {
    expect(PRICE_BUCKETS).toEqual([
      { key: '0-25', fromMinor: 0, toMinor: 2500 },
      { key: '25-50', fromMinor: 2500, toMinor: 5000 },
      { key: '50-100', fromMinor: 5000, toMinor: 10000 },
      { key: '100-250', fromMinor: 10000, toMinor: 25000 },
      { key: '250+', fromMinor: 25000 },
    ]);
    expect(priceValues((b) => (b.key === '250+' ? 3 : 0)).map((v) => v.count)).toEqual([0, 0, 0, 0, 3]);
  });

  it('orders term values by count, then alphabetically, and drops zeros', () => {
    expect(
      orderTermValues([
        ['b', 2],
        ['a', 2],
        ['c', 5],
        ['z', 0],
      ]),
    ).toEqual([
      { value: 'c', count: 5 },
      { value: 'a', count: 2 },
      { value: 'b', count: 2 },
    ]);
  });

  it('orders hits by score, then id', () => {
    const hits = [
      { id: 'b', score: 1 },
      { id: 'a', score: 1 },
      { id: 'c', score: 2 },
    ];
    expect(hits.sort(compareHits).map((h) => h.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('consumed events', () => {
  const event = (type: string, payload: unknown, extra: Partial<DomainEvent> = {}): DomainEvent => ({
    id: 'e1',
    type,
    version: 1,
    occurredAt: '2026-01-01T00:00:00.000Z',
    payload,
    ...extra,
  });
  const asOf = Date.parse('2026-01-01T00:00:00.000Z');

  it('turns product.created and product.updated into a document stamped with occurredAt', () => {
    const payload = productPayload(demoProducts[0]!);
    for (const type of ['product.created', 'product.updated']) {
      expect(toIndexCommand(event(type, payload))).toEqual({ kind: 'product', doc: { ...payload.product, asOf } });
    }
  });

  it("always counts the product's own category", () => {
    const payload = productPayload(demoProducts[0]!, { categoryIds: ['cat_electronics'] });
    const command = toIndexCommand(event('product.created', payload));
    expect(command.kind === 'product' && command.doc.categoryIds).toEqual([payload.product.categoryId, 'cat_electronics']);
  });

  it('turns inventory.stock_changed into a stock update, never negative', () => {
    expect(toIndexCommand(event('inventory.stock_changed', { productId: 'p1', available: 4, inStock: true }))).toEqual({
      kind: 'stock',
      update: { productId: 'p1', available: 4, inStock: true, asOf },
    });
    expect(toIndexCommand(event('inventory.stock_changed', { productId: 'p1', available: -2, inStock: false }))).toMatchObject({ update: { available: 0 } });
  });

  it('skips what it cannot read instead of failing forever', () => {
    expect(toIndexCommand(event('product.created', { product: { id: 'p1' } })).kind).toBe('skip');
    expect(toIndexCommand(event('inventory.stock_changed', { productId: 'p1' })).kind).toBe('skip');
    expect(toIndexCommand(event('inventory.stock_changed', { productId: 'p1', available: 1, inStock: true }, { version: 2 })).kind).toBe('skip');
    expect(toIndexCommand(event('inventory.stock_changed', { productId: 'p1', available: 1, inStock: true }, { occurredAt: 'yesterday' })).kind).toBe('skip');
    expect(toIndexCommand(event('order.created', {})).kind).toBe('skip');
  });
});
