/** The catalogue as the products subgraph works with it, independent of how it is stored. */

export interface Attribute {
  name: string;
  value: string;
}

export interface Image {
  url: string;
  altText: string;
}

export interface Variant {
  id: string;
  sku: string;
  name: string;
  priceMinor: number;
  attributes: Attribute[];
  /** What a unit costs the shop (staff data: announced to ai for pricing, never shown to shoppers). */
  costMinor?: number | null;
  /** Every price the variant had, oldest first (`from` is when it took effect); kept by each price change. */
  priceHistory?: PricePoint[];
}

export interface PricePoint {
  from: string;
  priceMinor: number;
}

/** A variant's history with its price as of `at` appended when that price is new; `since` dates a price without history. */
export function withPriceChange(variant: Variant, priceMinor: number, at: string, since: string): PricePoint[] {
  const history = variant.priceHistory?.length ? variant.priceHistory : [{ from: since, priceMinor: variant.priceMinor }];
  return history.at(-1)!.priceMinor === priceMinor ? history : [...history, { from: at, priceMinor }];
}

export interface ProductRow {
  id: string;
  slug: string;
  name: string;
  description: string;
  brand: string;
  categoryId: string;
  /** The category and all its ancestors: filtering by a category matches its descendants. */
  categoryIds: string[];
  currencyCode: string;
  /** The lowest variant price, kept with the product so it can be filtered and sorted on. */
  priceMinor: number;
  images: Image[];
  attributes: Attribute[];
  variants: Variant[];
  createdAt: string;
  updatedAt: string;
  /** Bumped by every update; an update names the revision it read (optimistic concurrency). */
  revision: number;
}

/** A variant together with what it needs from its product. */
export interface VariantRow extends Variant {
  productId: string;
  currencyCode: string;
}

export interface CategoryRow {
  id: string;
  slug: string;
  name: string;
  parentId: string | null;
  /** From the root down to the parent; empty for a root. */
  ancestorIds: string[];
}

/** Every price in the catalogue is in this currency. */
export const CATALOG_CURRENCY = 'USD';

export const lowestPrice = (variants: readonly Pick<Variant, 'priceMinor'>[]) => Math.min(...variants.map((v) => v.priceMinor));

export const variantRows = (product: ProductRow): VariantRow[] =>
  product.variants.map((v) => ({ ...v, productId: product.id, currencyCode: product.currencyCode }));

/** Gives each category of a parent-linked list its path from the root. Parents may come in any order. */
export function withAncestors(categories: readonly Omit<CategoryRow, 'ancestorIds'>[]): CategoryRow[] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const pathOf = (id: string, seen: Set<string>): string[] => {
    const parentId = byId.get(id)?.parentId;
    if (!parentId) return [];
    if (seen.has(parentId) || !byId.has(parentId)) throw new Error(`Category ${id} has a missing or cyclic parent ${parentId}.`);
    return [...pathOf(parentId, new Set([...seen, parentId])), parentId];
  };
  return categories.map((c) => ({ ...c, ancestorIds: pathOf(c.id, new Set([c.id])) }));
}
