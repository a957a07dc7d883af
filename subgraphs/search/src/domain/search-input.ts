import { badInput, decodeCursor, encodeCursor, pageSize, parseAmount } from '@shop/kit';
import type { SearchFilters, SearchParams } from '../db/search-index';
import { CATALOGUE_CURRENCY } from './facets';

export const MAX_QUERY_LENGTH = 200;
export const MAX_FILTER_VALUES = 50;
/** Deepest offset a page may reach; Elasticsearch's default max_result_window. */
export const MAX_RESULT_WINDOW = 10_000;

/** The arguments of Query.search, as GraphQL hands them over. */
export interface SearchArgs {
  query: string;
  first?: number | null;
  after?: string | null;
  filters?: {
    categoryIds?: readonly string[] | null;
    brands?: readonly string[] | null;
    minPrice?: string | null;
    maxPrice?: string | null;
    inStock?: boolean | null;
  } | null;
}

interface OffsetCursor {
  offset: number;
}
const isOffsetCursor = (v: unknown): v is OffsetCursor =>
  typeof v === 'object' && v !== null && Number.isSafeInteger((v as OffsetCursor).offset) && (v as OffsetCursor).offset >= 0;

/** Opaque cursor that continues a result list at `offset`. */
export const offsetCursor = (offset: number) => encodeCursor({ offset } satisfies OffsetCursor);

/** Turns Query.search arguments into index parameters, or throws BAD_USER_INPUT naming the field. */
export function toSearchParams(args: SearchArgs): SearchParams {
  const query = args.query.trim().replace(/\s+/g, ' ');
  if (query.length > MAX_QUERY_LENGTH) throw badInput(`"query" must be at most ${MAX_QUERY_LENGTH} characters.`, 'query');
  const limit = pageSize(args.first);
  const offset = decodeCursor(args.after, isOffsetCursor)?.offset ?? 0;
  if (offset + limit > MAX_RESULT_WINDOW) throw badInput(`Results beyond the first ${MAX_RESULT_WINDOW} cannot be paged; narrow the search.`, 'after');
  return { query, limit, offset, filters: toFilters(args.filters ?? {}) };
}

function toFilters(input: NonNullable<SearchArgs['filters']>): SearchFilters {
  const filters: SearchFilters = {};
  const categoryIds = list(input.categoryIds, 'filters.categoryIds');
  if (categoryIds) filters.categoryIds = categoryIds;
  const brands = list(input.brands, 'filters.brands');
  if (brands) filters.brands = brands;
  const min = price(input.minPrice, 'filters.minPrice');
  const max = price(input.maxPrice, 'filters.maxPrice');
  if (min !== undefined && max !== undefined && min > max) throw badInput('"minPrice" must not exceed "maxPrice".', 'filters.minPrice');
  if (min !== undefined) filters.minPriceMinor = min;
  if (max !== undefined) filters.maxPriceMinor = max;
  if (typeof input.inStock === 'boolean') filters.inStock = input.inStock;
  return filters;
}

/** A null list means "no filter"; an empty list is taken the same way rather than as "match nothing". */
function list(values: readonly string[] | null | undefined, field: string): string[] | undefined {
  if (!values?.length) return undefined;
  if (values.length > MAX_FILTER_VALUES) throw badInput(`"${field}" takes at most ${MAX_FILTER_VALUES} values.`, field);
  const trimmed = [...new Set(values.map((v) => v.trim()))];
  if (trimmed.some((v) => v.length === 0 || v.length > 100)) throw badInput(`"${field}" values must be 1 to 100 characters.`, field);
  return trimmed;
}

function price(value: string | null | undefined, field: string): number | undefined {
  if (value === null || value === undefined) return undefined;
  let minor: number;
  try {
    minor = parseAmount(value, CATALOGUE_CURRENCY);
  } catch {
    throw badInput(`"${field}" must be a decimal amount such as "19.99".`, field);
  }
  if (minor < 0) throw badInput(`"${field}" must not be negative.`, field);
  return minor;
}
