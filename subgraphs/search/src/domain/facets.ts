import { minorDigits } from '@shop/kit';
import type { Facet, FacetValue } from '../db/search-index';

/**
 * Search is over one catalogue currency: price filters and buckets are read in its units.
 * The demo catalogue (and the products subgraph) price everything in USD.
 */
export const CATALOGUE_CURRENCY = 'USD';

export interface PriceBucket {
  /** What the API shows, in major units: "0-25" … "250+". */
  key: string;
  /** Inclusive lower bound, minor units. */
  fromMinor: number;
  /** Exclusive upper bound, minor units; undefined for the open-ended last bucket. */
  toMinor?: number;
}

const BOUNDS_MAJOR = [0, 25, 50, 100, 250] as const;

/** The fixed price buckets: [0,25), [25,50), [50,100), [100,250), [250,∞) in major units. */
export const PRICE_BUCKETS: readonly PriceBucket[] = BOUNDS_MAJOR.map((from, i) => {
  const to = BOUNDS_MAJOR[i + 1];
  const unit = 10 ** minorDigits(CATALOGUE_CURRENCY);
  return to === undefined ? { key: `${from}+`, fromMinor: from * unit } : { key: `${from}-${to}`, fromMinor: from * unit, toMinor: to * unit };
});

/** Term facets list at most this many values; the demo catalogue has 13 categories and 16 brands. */
export const TERM_FACET_SIZE = 50;

/** Term facet values: non-zero counts, most frequent first, ties alphabetical, at most TERM_FACET_SIZE. */
export function orderTermValues(counts: Iterable<[string, number]>): FacetValue[] {
  return [...counts]
    .filter(([, count]) => count > 0)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, TERM_FACET_SIZE)
    .map(([value, count]) => ({ value, count }));
}

/** Price facet values: every bucket in fixed order, zero counts included, so a UI can lay them out. */
export function priceValues(countOf: (bucket: PriceBucket) => number): FacetValue[] {
  return PRICE_BUCKETS.map((bucket) => ({ value: bucket.key, count: countOf(bucket) }));
}

export function facetsOf(category: Iterable<[string, number]>, brand: Iterable<[string, number]>, price: (bucket: PriceBucket) => number): Facet[] {
  return [
    { name: 'category', values: orderTermValues(category) },
    { name: 'brand', values: orderTermValues(brand) },
    { name: 'price', values: priceValues(price) },
  ];
}

/** Score descending, then id ascending: a total order, so consecutive pages never overlap. */
export function compareHits(a: { id: string; score: number }, b: { id: string; score: number }): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
