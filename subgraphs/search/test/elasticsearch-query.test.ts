import { describe, expect, it } from 'vitest';
import { INDEX_MAPPINGS, productUpsertOperations, SET_STOCK_SCRIPT, stockUpdateRequest, UPSERT_PRODUCT_SCRIPT } from '../src/db/elasticsearch/mapping';
import { buildSearchRequest } from '../src/db/elasticsearch/query-builder';
import { parseSearchResponse } from '../src/db/elasticsearch/response';
import type { SearchParams } from '../src/db/search-index';
import { demoDocs } from './fixtures';

const params = (overrides: Partial<SearchParams> = {}): SearchParams => ({ query: '', filters: {}, offset: 0, limit: 20, ...overrides });
const AGGS = {
  category: { terms: { field: 'categoryName.keyword', size: 50, order: [{ _count: 'desc' }, { _key: 'asc' }] } },
  brand: { terms: { field: 'brand.keyword', size: 50, order: [{ _count: 'desc' }, { _key: 'asc' }] } },
  price: {
    range: {
      field: 'priceMinor',
      ranges: [
        { key: '0-25', from: 0, to: 2500 },
        { key: '25-50', from: 2500, to: 5000 },
        { key: '50-100', from: 5000, to: 10000 },
        { key: '100-250', from: 10000, to: 25000 },
        { key: '250+', from: 25000 },
      ],
    },
  },
};
const SEARCHABLE = { term: { hasProduct: true } };

describe('buildSearchRequest', () => {
  it('browses with filters only: no scoring clause, every product alike, ordered by id', () => {
    expect(buildSearchRequest(params())).toEqual({
      query: { bool: { filter: SEARCHABLE } },
      from: 0,
      size: 20,
      sort: [{ _score: 'desc' }, { id: 'asc' }],
      track_scores: true,
      track_total_hits: true,
      _source: false,
      aggs: AGGS,
    });
  });

  it('matches text with BM25 over boosted fields and AUTO fuzziness', () => {
    const body = buildSearchRequest(params({ query: 'hedphones' }));
    expect(body.query).toEqual({
      bool: {
        must: {
          multi_match: {
            query: 'hedphones',
            fields: ['name^3', 'brand^2', 'categoryName^1.5', 'description'],
            type: 'best_fields',
            operator: 'or',
            fuzziness: 'AUTO',
          },
        },
        filter: SEARCHABLE,
      },
    });
  });

  it('turns every filter into a non-scoring clause', () => {
    const body = buildSearchRequest(
      params({
        query: 'tent',
        filters: { categoryIds: ['cat_outdoors', 'cat_yoga'], brands: ['Summit & Co'], minPriceMinor: 2500, maxPriceMinor: 9999, inStock: true },
      }),
    );
    expect((body.query as { bool: { filter: unknown } }).bool.filter).toEqual([
      SEARCHABLE,
      { terms: { categoryIds: ['cat_outdoors', 'cat_yoga'] } },
      { terms: { 'brand.keyword': ['Summit & Co'] } },
      { range: { priceMinor: { gte: 2500, lte: 9999 } } },
      { term: { inStock: true } },
    ]);
  });

  it('builds one-sided price ranges and filters sold-out products', () => {
    const filter = (p: SearchParams) => (buildSearchRequest(p).query as { bool: { filter: unknown[] } }).bool.filter;
    expect(filter(params({ filters: { minPriceMinor: 0 } }))).toEqual([SEARCHABLE, { range: { priceMinor: { gte: 0 } } }]);
    expect(filter(params({ filters: { maxPriceMinor: 500 } }))).toEqual([SEARCHABLE, { range: { priceMinor: { lte: 500 } } }]);
    expect(filter(params({ filters: { inStock: false } }))).toEqual([SEARCHABLE, { term: { inStock: false } }]);
  });

  it('ignores empty filter lists', () => {
    expect(buildSearchRequest(params({ filters: { categoryIds: [], brands: [] } })).query).toEqual({ bool: { filter: SEARCHABLE } });
  });

  it('pages with from/size and still aggregates every match', () => {
    const body = buildSearchRequest(params({ query: 'pro', offset: 40, limit: 0 }));
    expect(body).toMatchObject({ from: 40, size: 0, aggs: AGGS, track_total_hits: true });
  });
});

describe('Elasticsearch index layout', () => {
  it('maps exact values as keywords and refuses unknown fields', () => {
    expect(INDEX_MAPPINGS.dynamic).toBe('strict');
    expect(INDEX_MAPPINGS.properties).toMatchObject({
      id: { type: 'keyword' },
      name: { type: 'text' },
      description: { type: 'text' },
      brand: { type: 'text', fields: { keyword: { type: 'keyword' } } },
      categoryName: { type: 'text', fields: { keyword: { type: 'keyword' } } },
      categoryIds: { type: 'keyword' },
      priceMinor: { type: 'long' },
      inStock: { type: 'boolean' },
      hasProduct: { type: 'boolean' },
    });
    // Every field a script writes is mapped (strict mapping would reject the write otherwise).
    const written = new Set([...Object.keys(demoDocs[0]!).filter((k) => k !== 'asOf'), 'productAsOf', 'available', 'inStock', 'stockAsOf', 'hasProduct']);
    expect(new Set(Object.keys(INDEX_MAPPINGS.properties))).toEqual(written);
  });

  it('upserts products with a script that keeps stock and refuses older versions', () => {
    const doc = demoDocs[0]!;
    const { asOf, ...fields } = doc;
    expect(productUpsertOperations('products', [doc])).toEqual([
      { update: { _index: 'products', _id: doc.id, retry_on_conflict: 3 } },
      { scripted_upsert: true, upsert: {}, script: { lang: 'painless', source: UPSERT_PRODUCT_SCRIPT, params: { doc: { ...fields, productAsOf: asOf } } } },
    ]);
    expect(UPSERT_PRODUCT_SCRIPT).toContain('ctx._source.productAsOf > params.doc.productAsOf) { ctx.op = "noop"; }');
    expect(UPSERT_PRODUCT_SCRIPT).toContain('ctx._source.hasProduct = true;');
    expect(productUpsertOperations('products', demoDocs.slice(0, 3))).toHaveLength(6);
  });

  it('sets stock with a script that refuses older updates and creates a placeholder', () => {
    expect(stockUpdateRequest('products', 'prd_0001', 5, true, 1_700_000_000_000)).toEqual({
      index: 'products',
      id: 'prd_0001',
      retry_on_conflict: 3,
      scripted_upsert: true,
      upsert: {},
      script: { lang: 'painless', source: SET_STOCK_SCRIPT, params: { id: 'prd_0001', available: 5, inStock: true, asOf: 1_700_000_000_000 } },
    });
    expect(SET_STOCK_SCRIPT).toContain('ctx._source.stockAsOf > params.asOf) { ctx.op = "noop"; }');
    expect(SET_STOCK_SCRIPT).toContain('if (ctx._source.hasProduct == null) { ctx._source.hasProduct = false; }');
  });
});

describe('parseSearchResponse', () => {
  it('reads hits, the total and the facets', () => {
    const result = parseSearchResponse({
      hits: {
        total: { value: 42 },
        hits: [
          { _id: 'prd_0002', _score: 3.5 },
          { _id: 'prd_0001', _score: null },
        ],
      },
      aggregations: {
        category: {
          buckets: [
            { key: 'Yoga', doc_count: 30 },
            { key: 'Bags', doc_count: 12 },
          ],
        },
        brand: { buckets: [{ key: 'Pulseform', doc_count: 42 }] },
        price: {
          buckets: [
            { key: '0-25', doc_count: 10 },
            { key: '25-50', doc_count: 32 },
            { key: '50-100', doc_count: 0 },
            { key: '100-250', doc_count: 0 },
            { key: '250+', doc_count: 0 },
          ],
        },
      },
    });
    expect(result).toEqual({
      totalCount: 42,
      hits: [
        { id: 'prd_0002', score: 3.5 },
        { id: 'prd_0001', score: 0 },
      ],
      facets: [
        {
          name: 'category',
          values: [
            { value: 'Yoga', count: 30 },
            { value: 'Bags', count: 12 },
          ],
        },
        { name: 'brand', values: [{ value: 'Pulseform', count: 42 }] },
        {
          name: 'price',
          values: [
            { value: '0-25', count: 10 },
            { value: '25-50', count: 32 },
            { value: '50-100', count: 0 },
            { value: '100-250', count: 0 },
            { value: '250+', count: 0 },
          ],
        },
      ],
    });
  });

  it('copes with a numeric total, keyed buckets and missing aggregations', () => {
    const result = parseSearchResponse({ hits: { total: 0, hits: [] }, aggregations: { price: { buckets: { '250+': { key: '250+', doc_count: 2 } } } } });
    expect(result.totalCount).toBe(0);
    expect(result.facets.find((f) => f.name === 'price')?.values.at(-1)).toEqual({ value: '250+', count: 2 });
    expect(result.facets.find((f) => f.name === 'category')?.values).toEqual([]);
  });
});
