import { demoCatalog, demoStock, type DemoProduct } from '@shop/demo-data';
import type { ProductDoc } from '../src/db/search-index';

/**
 * The demo catalogue as the events of the products and inventory subgraphs describe it (payloads
 * per the shared event contract), plus plain expectations computed from it to check results against.
 */
const catalog = demoCatalog();
const categoryById = new Map(catalog.categories.map((c) => [c.id, c]));

export const demoProducts: DemoProduct[] = catalog.products;

/** The category and its ancestors, nearest first. */
export function ancestry(categoryId: string): string[] {
  const ids: string[] = [];
  for (let c = categoryById.get(categoryId); c; c = c.parentId ? categoryById.get(c.parentId) : undefined) ids.push(c.id);
  return ids;
}

/** The product.created / product.updated v1 payload for a demo product. */
export function productPayload(p: DemoProduct, overrides: Partial<ProductDoc> = {}) {
  const { asOf: _asOf, ...product } = { ...productDoc(p), ...overrides };
  return { product };
}

export function productDoc(p: DemoProduct, asOf = 1): ProductDoc {
  return {
    id: p.id,
    slug: p.slug,
    name: p.name,
    description: p.description,
    brand: p.brand,
    categoryId: p.categoryId,
    categoryName: categoryById.get(p.categoryId)!.name,
    categoryIds: ancestry(p.categoryId),
    priceMinor: Math.min(...p.variants.map((v) => v.priceMinor)),
    currencyCode: p.currencyCode,
    createdAt: p.createdAt,
    asOf,
  };
}

export const demoDocs: ProductDoc[] = demoProducts.map((p) => productDoc(p));

/** inventory.stock_changed v1 payloads: available summed over variants and warehouses. */
export function stockPayloads(): { productId: string; available: number; inStock: boolean }[] {
  const available = new Map<string, number>();
  for (const level of demoStock()) available.set(level.productId, (available.get(level.productId) ?? 0) + level.quantity);
  return [...available].map(([productId, n]) => ({ productId, available: n, inStock: n > 0 }));
}

/** Occurrences per value, ordered as facets are: most frequent first, ties alphabetical. */
export function expectedCounts(values: string[]): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([value, count]) => ({ value, count }));
}

/** Price bucket counts for the given prices (minor units), in bucket order. */
export function expectedPriceCounts(prices: number[]) {
  const bounds: [string, number, number][] = [
    ['0-25', 0, 2500],
    ['25-50', 2500, 5000],
    ['50-100', 5000, 10000],
    ['100-250', 10000, 25000],
    ['250+', 25000, Infinity],
  ];
  return bounds.map(([value, lo, hi]) => ({ value, count: prices.filter((p) => p >= lo && p < hi).length }));
}
