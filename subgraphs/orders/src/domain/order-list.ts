import { badInput, decodeCursor, encodeCursor } from '@shop/kit';
import type { FinancialStatus } from './financial-status';
import type { FulfillmentStatus } from './fulfillment-status';
import type { OrderStatus } from './order-status';

/** A validated Query.orders filter: instants are normalised ISO strings. */
export interface OrderListFilter {
  statuses?: readonly OrderStatus[];
  fulfillmentStatuses?: readonly FulfillmentStatus[];
  financialStatuses?: readonly FinancialStatus[];
  customerId?: string;
  /** Inclusive lower bound on created_at. */
  createdFrom?: string;
  /** Exclusive upper bound on created_at. */
  createdBefore?: string;
}

/** Position in the newest-first listing: the last row seen. */
export interface OrderCursor {
  createdAt: string;
  id: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** Parses an ISO 8601 date or instant; undefined when it is not one. */
export function parseInstant(value: string): string | undefined {
  const trimmed = value.trim();
  if (!ISO_DATE.test(trimmed)) return undefined;
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

export interface OrderFilterInput {
  status?: readonly OrderStatus[] | null;
  fulfillmentStatus?: readonly FulfillmentStatus[] | null;
  financialStatus?: readonly FinancialStatus[] | null;
  customerId?: string | null;
  createdAfter?: string | null;
  createdBefore?: string | null;
}

/** Turns the GraphQL filter into an OrderListFilter; bad dates are the caller's error. */
export function parseOrderFilter(input: OrderFilterInput | null | undefined): OrderListFilter {
  const filter: OrderListFilter = {};
  if (!input) return filter;
  // An empty status list means "no status condition", like a filter with no box ticked.
  if (input.status?.length) filter.statuses = [...new Set(input.status)];
  if (input.fulfillmentStatus?.length) filter.fulfillmentStatuses = [...new Set(input.fulfillmentStatus)];
  if (input.financialStatus?.length) filter.financialStatuses = [...new Set(input.financialStatus)];
  if (input.customerId != null) filter.customerId = input.customerId;
  for (const [field, key] of [
    ['createdAfter', 'createdFrom'],
    ['createdBefore', 'createdBefore'],
  ] as const) {
    const raw = input[field];
    if (raw == null) continue;
    const instant = parseInstant(raw);
    if (!instant) throw badInput(`"${field}" must be an ISO 8601 date or instant.`, `filter.${field}`);
    filter[key] = instant;
  }
  if (filter.createdFrom && filter.createdBefore && filter.createdFrom >= filter.createdBefore) {
    throw badInput('"createdAfter" must be earlier than "createdBefore".', 'filter.createdAfter');
  }
  return filter;
}

const isCursorTuple = (v: unknown): v is [string, string] =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string' && parseInstant(v[0]) === v[0];

export const encodeOrderCursor = (row: OrderCursor) => encodeCursor([row.createdAt, row.id]);
export const orderCursorOf = (row: OrderCursor) => [row.createdAt, row.id];

/** Decodes an `after` argument; a tampered cursor is BAD_USER_INPUT, never a database error. */
export function decodeOrderCursor(after: string | null | undefined): OrderCursor | undefined {
  const tuple = decodeCursor(after, isCursorTuple);
  return tuple && { createdAt: tuple[0], id: tuple[1] };
}
