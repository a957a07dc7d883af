import { badInput, decodeCursor, MAX_PAGE_SIZE, parseAmount } from '@shop/kit';
import type { Filter, SortSpec } from '../db/document-collection';
import { CATALOG_CURRENCY, type ProductRow } from './catalog';

/**
 * The product listing as MongoDB filter and sort documents: pure functions, run unchanged by the
 * real server and by the embedded engine. Pages use keyset cursors (the sort value and the id of
 * the last product) so that a page never skips or repeats products when others are added.
 */

export type ProductSort = 'NEWEST' | 'PRICE_ASC' | 'PRICE_DESC' | 'NAME_ASC';

export interface ProductCriteria {
  categoryId?: string;
  brand?: string;
  minPriceMinor?: number;
  maxPriceMinor?: number;
  ids?: string[];
}

export interface ProductCursor {
  sort: ProductSort;
  value: string | number;
  id: string;
}

/** The document field each sort orders by, then by _id in the same direction for a total order. */
const SORT_KEYS: Record<ProductSort, { field: 'createdAt' | 'priceMinor' | 'nameKey'; direction: 1 | -1 }> = {
  NEWEST: { field: 'createdAt', direction: -1 },
  PRICE_ASC: { field: 'priceMinor', direction: 1 },
  PRICE_DESC: { field: 'priceMinor', direction: -1 },
  NAME_ASC: { field: 'nameKey', direction: 1 },
};
export const PRODUCT_SORTS = Object.keys(SORT_KEYS) as ProductSort[];

/** Names sort without regard to case. */
export const nameKey = (name: string) => name.toLowerCase();

export function sortSpec(sort: ProductSort): SortSpec {
  const { field, direction } = SORT_KEYS[sort];
  return { [field]: direction, _id: direction };
}

export function buildProductFilter(criteria: ProductCriteria): Filter {
  const filter: Filter = {};
  if (criteria.categoryId !== undefined) filter.categoryIds = criteria.categoryId;
  if (criteria.brand !== undefined) filter.brand = criteria.brand;
  if (criteria.minPriceMinor !== undefined || criteria.maxPriceMinor !== undefined) {
    filter.priceMinor = {
      ...(criteria.minPriceMinor !== undefined ? { $gte: criteria.minPriceMinor } : {}),
      ...(criteria.maxPriceMinor !== undefined ? { $lte: criteria.maxPriceMinor } : {}),
    };
  }
  if (criteria.ids !== undefined) filter._id = { $in: criteria.ids };
  return filter;
}

/** Filter and sort documents for the page after `after` (the first page when absent). */
export function buildProductQuery(criteria: ProductCriteria, sort: ProductSort, after?: ProductCursor): { filter: Filter; sort: SortSpec } {
  const filter = buildProductFilter(criteria);
  if (after) {
    const { field, direction } = SORT_KEYS[sort];
    const beyond = direction === 1 ? '$gt' : '$lt';
    filter.$or = [{ [field]: { [beyond]: after.value } }, { [field]: after.value, _id: { [beyond]: after.id } }];
  }
  return { filter, sort: sortSpec(sort) };
}

export function cursorOf(product: ProductRow, sort: ProductSort): ProductCursor {
  const value = { NEWEST: product.createdAt, PRICE_ASC: product.priceMinor, PRICE_DESC: product.priceMinor, NAME_ASC: nameKey(product.name) }[sort];
  return { sort, value, id: product.id };
}

/** Reads an `after` argument; a cursor made for another sort order is refused. */
export function parseProductCursor(after: string | null | undefined, sort: ProductSort): ProductCursor | undefined {
  const isCursor = (v: unknown): v is ProductCursor => {
    const c = v as ProductCursor;
    return (
      typeof c === 'object' &&
      c !== null &&
      c.sort === sort &&
      typeof c.id === 'string' &&
      typeof c.value === (SORT_KEYS[sort].field === 'priceMinor' ? 'number' : 'string')
    );
  };
  return decodeCursor(after, isCursor);
}

export interface ProductFilterInput {
  categoryId?: string | null;
  brand?: string | null;
  minPrice?: string | null;
  maxPrice?: string | null;
  ids?: readonly string[] | null;
}

/** Turns the GraphQL filter into criteria; malformed prices and oversized id lists are bad input. */
export function parseProductFilter(input: ProductFilterInput | null | undefined): ProductCriteria {
  if (!input) return {};
  const criteria: ProductCriteria = {};
  if (input.categoryId != null) criteria.categoryId = input.categoryId;
  if (input.brand != null) criteria.brand = input.brand;
  if (input.minPrice != null) criteria.minPriceMinor = price(input.minPrice, 'filter.minPrice');
  if (input.maxPrice != null) criteria.maxPriceMinor = price(input.maxPrice, 'filter.maxPrice');
  if (input.ids != null) {
    if (input.ids.length > MAX_PAGE_SIZE) throw badInput(`"filter.ids" may list at most ${MAX_PAGE_SIZE} ids.`, 'filter.ids');
    criteria.ids = [...input.ids];
  }
  return criteria;
}

function price(amount: string, field: string): number {
  try {
    const minor = parseAmount(amount, CATALOG_CURRENCY);
    if (minor >= 0) return minor;
  } catch {
    // reported below
  }
  throw badInput(`"${field}" must be a decimal amount of at least 0, e.g. "19.99".`, field);
}
