import { appendToOutbox, type Database, type DomainEvent } from '@shop/stores';
import { and, asc, count, desc, eq, getTableColumns, gt, inArray, lte, sql } from 'drizzle-orm';
import type { OrderCursor, OrderListFilter } from '../domain/order-list';
import { afterCursorWhere, NEWEST_FIRST, orderFilterWhere, orderPageWhere } from './order-query';
import { chunk, toIso } from './rows';
import { orderLines, orders, orderStatusHistory, outbox, type OrdersSchema } from './schema';

export type OrderRow = typeof orders.$inferSelect;
export type OrderLineRow = typeof orderLines.$inferSelect;
export type OrderStatusChangeRow = typeof orderStatusHistory.$inferSelect;
export type NewOrder = typeof orders.$inferInsert & { lines: Omit<typeof orderLines.$inferInsert, 'orderId'>[] };

/** What the orders subgraph needs from its order store. */
export interface OrderStore {
  findByIds(ids: readonly string[]): Promise<OrderRow[]>;
  /** The lines of all the given orders in one query, in line order. */
  linesByOrderIds(orderIds: readonly string[]): Promise<OrderLineRow[]>;
  /** Newest first, strictly after `after`; callers ask for one row more than a page to learn whether another follows. */
  list(filter: OrderListFilter, limit: number, after?: OrderCursor): Promise<OrderRow[]>;
  count(filter: OrderListFilter): Promise<number>;
  /**
   * The newest `limit` orders of each customer strictly after `after`, in one query: the order
   * histories of a whole `_entities` batch of users. Grouped by customer, newest first.
   */
  listForCustomers(customerIds: readonly string[], limit: number, after?: OrderCursor): Promise<OrderRow[]>;
  /** How many orders each customer has; customers without orders are left out. */
  countByCustomers(customerIds: readonly string[]): Promise<{ customerId: string; count: number }[]>;
  /** The status changes of all the given orders in one query, oldest first. */
  historyByOrderIds(orderIds: readonly string[]): Promise<OrderStatusChangeRow[]>;
  /** One order's status changes with version > `afterVersion`, oldest first, at most `limit` (catch-up). */
  historyAfter(orderId: string, afterVersion: number, limit: number): Promise<OrderStatusChangeRow[]>;
  /** Which of these carts an order was placed from. */
  checkedOutCartIds(cartIds: readonly string[]): Promise<string[]>;
  /** Inserts orders, their lines and their events in one transaction. */
  insertMany(newOrders: readonly NewOrder[], events: readonly DomainEvent[]): Promise<void>;
}

/** Rows per INSERT: a few hundred keeps each statement well under Postgres' 65,535 parameters. */
const BATCH = 300;

const isoOrNull = (value: string | null) => (value === null ? null : toIso(value));

export const normaliseOrder = (row: OrderRow): OrderRow => ({
  ...row,
  createdAt: toIso(row.createdAt),
  updatedAt: toIso(row.updatedAt),
  shippedAt: isoOrNull(row.shippedAt),
  deliveredAt: isoOrNull(row.deliveredAt),
  reviewedAt: isoOrNull(row.reviewedAt),
});
const normalise = normaliseOrder;

export function createOrderStore(db: Database<OrdersSchema>): OrderStore {
  return {
    async findByIds(ids) {
      if (!ids.length) return [];
      return (
        await db
          .select()
          .from(orders)
          .where(inArray(orders.id, [...ids]))
      ).map(normalise);
    },
    async checkedOutCartIds(cartIds) {
      if (!cartIds.length) return [];
      const rows = await db
        .select({ cartId: orders.cartId })
        .from(orders)
        .where(inArray(orders.cartId, [...cartIds]));
      return rows.flatMap((r) => (r.cartId ? [r.cartId] : []));
    },
    async linesByOrderIds(orderIds) {
      if (!orderIds.length) return [];
      return db
        .select()
        .from(orderLines)
        .where(inArray(orderLines.orderId, [...orderIds]))
        .orderBy(asc(orderLines.orderId), asc(orderLines.lineNo));
    },
    async list(filter, limit, after) {
      if (limit <= 0) return [];
      const rows = await db
        .select()
        .from(orders)
        .where(orderPageWhere(filter, after))
        .orderBy(...NEWEST_FIRST)
        .limit(limit);
      return rows.map(normalise);
    },
    count: (filter) => db.$count(orders, orderFilterWhere(filter)),
    async listForCustomers(customerIds, limit, after) {
      if (!customerIds.length || limit <= 0) return [];
      const ranked = db
        .select({
          ...getTableColumns(orders),
          rank: sql<number>`row_number() over (partition by ${orders.customerId} order by ${orders.createdAt} desc, ${orders.id} desc)`.as('rank'),
        })
        .from(orders)
        .where(and(inArray(orders.customerId, [...customerIds]), afterCursorWhere(after)))
        .as('ranked');
      const rows = await db.select().from(ranked).where(lte(ranked.rank, limit)).orderBy(asc(ranked.customerId), desc(ranked.createdAt), desc(ranked.id));
      return rows.map(({ rank: _rank, ...row }) => normalise(row));
    },
    async countByCustomers(customerIds) {
      if (!customerIds.length) return [];
      return db
        .select({ customerId: orders.customerId, count: count() })
        .from(orders)
        .where(inArray(orders.customerId, [...customerIds]))
        .groupBy(orders.customerId);
    },
    async historyByOrderIds(orderIds) {
      if (!orderIds.length) return [];
      const rows = await db
        .select()
        .from(orderStatusHistory)
        .where(inArray(orderStatusHistory.orderId, [...orderIds]))
        .orderBy(asc(orderStatusHistory.orderId), asc(orderStatusHistory.version));
      return rows.map((row) => ({ ...row, at: toIso(row.at) }));
    },
    async historyAfter(orderId, afterVersion, limit) {
      const rows = await db
        .select()
        .from(orderStatusHistory)
        .where(and(eq(orderStatusHistory.orderId, orderId), gt(orderStatusHistory.version, afterVersion)))
        .orderBy(asc(orderStatusHistory.version))
        .limit(limit);
      return rows.map((row) => ({ ...row, at: toIso(row.at) }));
    },
    async insertMany(newOrders, events) {
      await db.transaction(async (tx) => {
        for (const batch of chunk(newOrders, BATCH)) {
          await tx.insert(orders).values(batch.map(({ lines: _lines, ...order }) => order));
          const lines = batch.flatMap((o) => o.lines.map((line) => ({ ...line, orderId: o.id })));
          for (const lineBatch of chunk(lines, BATCH * 2)) await tx.insert(orderLines).values(lineBatch);
        }
        for (const eventBatch of chunk(events, BATCH)) await appendToOutbox(tx, outbox, eventBatch);
      });
    },
  };
}
