import type { ProductDoc } from '../search-index';

const keywordText = { type: 'text', fields: { keyword: { type: 'keyword' } } } as const;

/**
 * One document per product. Stock may arrive before the product: it then lives in a placeholder
 * (`hasProduct: false`) that searches filter out. `productAsOf` / `stockAsOf` (epoch ms of the
 * source events) make redelivered and out-of-order events harmless.
 */
export const INDEX_MAPPINGS = {
  dynamic: 'strict',
  properties: {
    id: { type: 'keyword' },
    slug: { type: 'keyword' },
    name: { type: 'text' },
    description: { type: 'text' },
    brand: keywordText,
    categoryId: { type: 'keyword' },
    categoryName: keywordText,
    categoryIds: { type: 'keyword' },
    priceMinor: { type: 'long' },
    currencyCode: { type: 'keyword' },
    createdAt: { type: 'date' },
    productAsOf: { type: 'long' },
    available: { type: 'integer' },
    inStock: { type: 'boolean' },
    stockAsOf: { type: 'long' },
    hasProduct: { type: 'boolean' },
  },
} as const;

export const INDEX_SETTINGS = { number_of_shards: 1 } as const;

/** Replaces the product fields unless the indexed version is newer; keeps any stock already recorded. */
export const UPSERT_PRODUCT_SCRIPT = [
  'if (ctx._source.productAsOf != null && ctx._source.productAsOf > params.doc.productAsOf) { ctx.op = "noop"; }',
  'else {',
  '  ctx._source.putAll(params.doc);',
  '  ctx._source.hasProduct = true;',
  '  if (ctx._source.stockAsOf == null) { ctx._source.available = 0; ctx._source.inStock = false; }',
  '}',
].join('\n');

/** Sets the stock unless a newer stock event was applied; creates a placeholder for an unknown product. */
export const SET_STOCK_SCRIPT = [
  'if (ctx._source.stockAsOf != null && ctx._source.stockAsOf > params.asOf) { ctx.op = "noop"; }',
  'else {',
  '  ctx._source.id = params.id;',
  '  ctx._source.available = params.available;',
  '  ctx._source.inStock = params.inStock;',
  '  ctx._source.stockAsOf = params.asOf;',
  '  if (ctx._source.hasProduct == null) { ctx._source.hasProduct = false; }',
  '}',
].join('\n');

/** A product and its stock hit the same document concurrently; retry instead of failing the event. */
const RETRY_ON_CONFLICT = 3;

export function toEsProduct(doc: ProductDoc) {
  const { asOf, ...fields } = doc;
  return { ...fields, productAsOf: asOf };
}

/** Bulk `operations` that upsert products (scripted, so stock and newer versions survive). */
export function productUpsertOperations(index: string, docs: ProductDoc[]): object[] {
  return docs.flatMap((doc) => [
    { update: { _index: index, _id: doc.id, retry_on_conflict: RETRY_ON_CONFLICT } },
    { scripted_upsert: true, upsert: {}, script: { lang: 'painless', source: UPSERT_PRODUCT_SCRIPT, params: { doc: toEsProduct(doc) } } },
  ]);
}

/** The update request that records a product's stock. */
export function stockUpdateRequest(index: string, productId: string, available: number, inStock: boolean, asOf: number) {
  return {
    index,
    id: productId,
    retry_on_conflict: RETRY_ON_CONFLICT,
    scripted_upsert: true,
    upsert: {},
    script: { lang: 'painless', source: SET_STOCK_SCRIPT, params: { id: productId, available, inStock, asOf } },
  };
}
