import { and, desc, eq, gte, inArray, lt, or, type SQL } from 'drizzle-orm';
import type { OrderCursor, OrderListFilter } from '../domain/order-list';
import { orders } from './schema';

/** The WHERE clause of a filtered listing (no cursor): shared by the page and its count. */
export function orderFilterWhere(filter: OrderListFilter): SQL | undefined {
  return and(
    filter.statuses?.length ? inArray(orders.status, [...filter.statuses]) : undefined,
    filter.fulfillmentStatuses?.length ? inArray(orders.fulfillmentStatus, [...filter.fulfillmentStatuses]) : undefined,
    filter.financialStatuses?.length ? inArray(orders.financialStatus, [...filter.financialStatuses]) : undefined,
    filter.customerId !== undefined ? eq(orders.customerId, filter.customerId) : undefined,
    filter.createdFrom ? gte(orders.createdAt, filter.createdFrom) : undefined,
    filter.createdBefore ? lt(orders.createdAt, filter.createdBefore) : undefined,
  );
}

/**
 * Rows strictly after the cursor in newest-first order: (created_at, id) < (cursor). Spelled out
 * rather than as a row comparison so the planner can use the (created_at desc, id desc) indexes on
 * both Postgres flavours.
 */
export function afterCursorWhere(after: OrderCursor | undefined): SQL | undefined {
  if (!after) return undefined;
  return or(lt(orders.createdAt, after.createdAt), and(eq(orders.createdAt, after.createdAt), lt(orders.id, after.id)));
}

export function orderPageWhere(filter: OrderListFilter, after: OrderCursor | undefined): SQL | undefined {
  return and(orderFilterWhere(filter), afterCursorWhere(after));
}

export const NEWEST_FIRST = [desc(orders.createdAt), desc(orders.id)] as const;
