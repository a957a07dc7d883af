import { isStaff, toMoney, unauthenticated, forbidden, badInput, type Identity } from '@shop/kit';
import type { SalesStore } from '../db/sales-store';
import { dayRange, summarise } from '../domain/sales-summary';

const CURRENCY = /^[A-Z]{3}$/;

/** salesSummary, for staff: the figures of a range of UTC days in one currency (docs/sales-summary.md). */
export function createSalesService(store: SalesStore, identity: Identity) {
  return {
    async summary(from: string, to: string, currencyCode: string) {
      if (!identity.userId) throw unauthenticated();
      if (!isStaff(identity)) throw forbidden('Only support staff and admins can read sales figures.');
      if (!CURRENCY.test(currencyCode)) throw badInput('currencyCode must be an ISO 4217 code such as USD.', 'currencyCode');
      const range = dayRange(from, to);
      const [figures, categories] = await Promise.all([store.figures(range, currencyCode), store.byCategory(range, currencyCode)]);
      const totals = summarise(range, figures);
      const money = (minor: number) => toMoney(minor, currencyCode);
      return {
        from: range.from,
        to: range.to,
        currencyCode,
        orders: totals.orders,
        paidOrders: totals.paidOrders,
        revenue: money(totals.revenueMinor),
        averageOrderValue: totals.averageOrderValueMinor === null ? null : money(totals.averageOrderValueMinor),
        cartsStarted: figures.cartsStarted,
        checkouts: figures.checkouts,
        cartConversionRate: totals.cartConversionRate,
        days: totals.days.map((d) => ({ date: d.date, orders: d.orders, paidOrders: d.paidOrders, revenue: money(d.revenueMinor) })),
        categories: categories.map((c) => ({
          categoryId: c.categoryId,
          categoryName: c.categoryName ?? 'Uncategorised',
          units: c.units,
          revenue: money(c.revenueMinor),
        })),
      };
    },
  };
}

export type SalesService = ReturnType<typeof createSalesService>;
