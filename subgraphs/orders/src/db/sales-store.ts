import type { Database } from '@shop/stores';
import { and, count, eq, gte, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { DayFigures, DayRange, SalesFigures } from '../domain/sales-summary';
import { FINANCIAL_STATUSES } from '../domain/financial-status';
import { cartStarts, catalogVariants, orderLines, orders, type OrdersSchema } from './schema';

/** Money was taken: captured, whether or not some or all of it was refunded since (gross sales). */
export const PAID_STATUSES = FINANCIAL_STATUSES.filter((s) => s === 'PAID' || s === 'PARTIALLY_REFUNDED' || s === 'REFUNDED');

export interface CategoryFigures {
  categoryId: string | null;
  categoryName: string | null;
  units: number;
  revenueMinor: number;
}

/** Aggregates for salesSummary: one query each, over orders placed in the range in one currency. */
export interface SalesStore {
  figures(range: DayRange, currencyCode: string): Promise<SalesFigures>;
  byCategory(range: DayRange, currencyCode: string): Promise<CategoryFigures[]>;
  /** Records that a cart was started (idempotent). */
  recordCartStart(cartId: string): Promise<void>;
}

const int = (value: unknown) => Number(value ?? 0);

export function createSalesStore(db: Database<OrdersSchema>): SalesStore {
  const placed = (range: DayRange, currencyCode: string) =>
    and(gte(orders.createdAt, range.startIso), lt(orders.createdAt, range.endIso), eq(orders.currencyCode, currencyCode));
  const paid = inArray(orders.financialStatus, PAID_STATUSES);
  return {
    async figures(range, currencyCode) {
      const day = sql<string>`to_char(${orders.createdAt} at time zone 'UTC', 'YYYY-MM-DD')`;
      const [days, [carts], [checkouts]] = await Promise.all([
        db
          .select({
            date: day,
            orders: count(),
            paidOrders: sql<number>`count(*) filter (where ${paid})`,
            revenueMinor: sql<number>`coalesce(sum(${orders.totalMinor}) filter (where ${paid}), 0)`,
          })
          .from(orders)
          .where(placed(range, currencyCode))
          .groupBy(day),
        db
          .select({ n: count() })
          .from(cartStarts)
          .where(and(gte(cartStarts.startedAt, range.startIso), lt(cartStarts.startedAt, range.endIso))),
        db
          .select({ n: count() })
          .from(orders)
          .where(and(placed(range, currencyCode), isNotNull(orders.cartId))),
      ]);
      return {
        days: days.map((d): DayFigures => ({ date: d.date, orders: int(d.orders), paidOrders: int(d.paidOrders), revenueMinor: int(d.revenueMinor) })),
        cartsStarted: int(carts?.n),
        checkouts: int(checkouts?.n),
      };
    },
    async byCategory(range, currencyCode) {
      // A product's category as products last announced it (any of its variants' rows says it).
      const categories = db
        .selectDistinctOn([catalogVariants.productId], {
          productId: catalogVariants.productId,
          categoryId: catalogVariants.categoryId,
          categoryName: catalogVariants.categoryName,
        })
        .from(catalogVariants)
        .where(isNotNull(catalogVariants.categoryId))
        .orderBy(catalogVariants.productId)
        .as('categories');
      const rows = await db
        .select({
          categoryId: categories.categoryId,
          categoryName: sql<string | null>`max(${categories.categoryName})`,
          units: sql<number>`sum(${orderLines.quantity})`,
          revenueMinor: sql<number>`sum(${orderLines.quantity} * ${orderLines.unitPriceMinor})`,
        })
        .from(orderLines)
        .innerJoin(orders, eq(orders.id, orderLines.orderId))
        .leftJoin(categories, eq(categories.productId, orderLines.productId))
        .where(and(placed(range, currencyCode), paid))
        .groupBy(categories.categoryId)
        .orderBy(sql`4 desc`, categories.categoryId);
      return rows.map((r) => ({ categoryId: r.categoryId, categoryName: r.categoryName, units: int(r.units), revenueMinor: int(r.revenueMinor) }));
    },
    async recordCartStart(cartId) {
      await db.insert(cartStarts).values({ cartId }).onConflictDoNothing();
    },
  };
}
