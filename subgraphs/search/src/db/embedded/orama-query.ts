import type { Facet, IndexedProduct, SearchFilters } from '../search-index';
import { facetsOf, PRICE_BUCKETS } from '../../domain/facets';

/**
 * How products are laid out in Orama. Text fields are tokenised for BM25; the `*Value` enums hold
 * the exact brand and category name for filters and facets (a string field would match tokens).
 *
 * The price is an enum, not a number, on purpose: Orama 3.1's number index (an AVL tree) loses
 * entries when documents are removed and re-inserted, which every update does, so range filters
 * silently dropped products (the contract suite caught it). Enums live in a plain map that
 * removes cleanly; a price range becomes `in` over the distinct prices that fall inside it, and
 * the price facet counts a precomputed bucket.
 */
export const ORAMA_SCHEMA = {
  name: 'string',
  brand: 'string',
  description: 'string',
  categoryName: 'string',
  brandValue: 'enum',
  categoryValue: 'enum',
  categoryIds: 'enum[]',
  priceMinor: 'enum',
  priceBucket: 'enum',
  inStock: 'boolean',
} as const;

export interface OramaProduct {
  id: string;
  name: string;
  brand: string;
  description: string;
  categoryName: string;
  brandValue: string;
  categoryValue: string;
  categoryIds: string[];
  priceMinor: number;
  priceBucket: string;
  inStock: boolean;
}

export const TEXT_PROPERTIES = ['name', 'brand', 'description', 'categoryName'] as const;
/** Name matters most, then brand and category; the description only breaks ties. */
export const TEXT_BOOST = { name: 3, brand: 2, categoryName: 1.5, description: 1 } as const;
/** One edit (insert, delete or substitute) per term: "hedphones" finds "headphones". */
export const TYPO_TOLERANCE = 1;

export function toOramaProduct(p: IndexedProduct): OramaProduct {
  return {
    id: p.id,
    name: p.name,
    brand: p.brand,
    description: p.description,
    categoryName: p.categoryName,
    brandValue: p.brand,
    categoryValue: p.categoryName,
    categoryIds: p.categoryIds,
    priceMinor: p.priceMinor,
    priceBucket: priceBucketOf(p.priceMinor),
    inStock: p.inStock,
  };
}

export function priceBucketOf(priceMinor: number): string {
  return PRICE_BUCKETS.find((b) => priceMinor >= b.fromMinor && (b.toMinor === undefined || priceMinor < b.toMinor))!.key;
}

/**
 * Orama `where` clause for the filters: undefined when nothing is filtered, `'none'` when no product
 * can match (a price range that holds none of the indexed prices). `prices` lists the distinct
 * prices in the index (asked for only when a price filter is set).
 */
export function toOramaWhere(filters: SearchFilters, prices: () => Iterable<number>): Record<string, unknown> | undefined | 'none' {
  const where: Record<string, unknown> = {};
  if (filters.categoryIds?.length) where.categoryIds = { containsAny: filters.categoryIds };
  if (filters.brands?.length) where.brandValue = { in: filters.brands };
  const { minPriceMinor: min = 0, maxPriceMinor: max = Infinity } = filters;
  if (filters.minPriceMinor !== undefined || filters.maxPriceMinor !== undefined) {
    const inRange = [...prices()].filter((p) => p >= min && p <= max);
    if (!inRange.length) return 'none';
    where.priceMinor = { in: inRange };
  }
  if (filters.inStock !== undefined) where.inStock = filters.inStock;
  return Object.keys(where).length ? where : undefined;
}

export const ORAMA_FACETS = { categoryValue: {}, brandValue: {}, priceBucket: {} };

type OramaFacetResult = Record<string, { values: Record<string, number> } | undefined>;

/** Orama's facet result, keyed by its own range labels, into the API's facets. */
export function fromOramaFacets(facets: OramaFacetResult | undefined): Facet[] {
  const prices = facets?.priceBucket?.values ?? {};
  return facetsOf(Object.entries(facets?.categoryValue?.values ?? {}), Object.entries(facets?.brandValue?.values ?? {}), (bucket) => prices[bucket.key] ?? 0);
}
