import { randomUUID } from 'node:crypto';
import { InMemoryEventBus } from '@shop/stores';
import { admin, anonymous, customer } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayRange, summarise } from '../src/domain/sales-summary';
import { captured, paymentFailed, reserved } from './helpers/events';
import { ADD, ADDRESS, CARD, CHECKOUT, startTestOrders, testCatalog, type TestOrders } from './helpers/subgraph';

const SUMMARY = `query($from: String!, $to: String!, $c: String! = "USD") { salesSummary(from: $from, to: $to, currencyCode: $c) {
  from to currencyCode orders paidOrders revenue { amount } averageOrderValue { amount } cartsStarted checkouts cartConversionRate
  days { date orders paidOrders revenue { amount } } categories { categoryId categoryName units revenue { amount } } } }`;

describe('sales summary rules', () => {
  it('zero-fills the days, rounds the average half up and defines conversion as checkouts over carts started', () => {
    const range = dayRange('2026-02-27', '2026-03-01');
    const totals = summarise(range, {
      days: [{ date: '2026-02-28', orders: 3, paidOrders: 2, revenueMinor: 1001 }],
      cartsStarted: 4,
      checkouts: 3,
    });
    expect(totals.days.map((d) => d.date)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
    expect(totals).toMatchObject({ orders: 3, paidOrders: 2, revenueMinor: 1001, averageOrderValueMinor: 501, cartConversionRate: 0.75 });
    expect(summarise(range, { days: [], cartsStarted: 0, checkouts: 0 })).toMatchObject({ averageOrderValueMinor: null, cartConversionRate: null });
  });

  it('refuses malformed, reversed and over-long ranges', () => {
    expect(() => dayRange('2026-02-30', '2026-03-01')).toThrow(/from must be a date/);
    expect(() => dayRange('2026-03-02', '2026-03-01')).toThrow(/before/);
    expect(() => dayRange('2025-01-01', '2026-03-01')).toThrow(/at most 366/);
  });
});

describe('salesSummary on the orders subgraph', () => {
  let orders: TestOrders;
  const bus = new InMemoryEventBus();
  const { products, events } = testCatalog(2, 50);
  const today = new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    orders = await startTestOrders({ bus, catalog: events });
  });
  afterAll(() => orders?.close());

  async function checkout(variantId: string, quantity: number, paid: boolean) {
    const cartId = (await orders.call(ADD, { variantId, quantity }, anonymous)).data!.addCartLine.cart.id;
    const placed = (await orders.call(CHECKOUT, { input: { cartId, shippingAddress: ADDRESS, payment: CARD }, key: randomUUID() }, customer('usr_sales'))).data!
      .checkout.order;
    await bus.publish([reserved(placed.id), paid ? captured(placed.id, 1) : paymentFailed(placed.id)]);
    await bus.idle();
    return placed as { id: string; total: { amount: string } };
  }

  it('adds up paid orders per day and per category, with average order value and cart conversion', async () => {
    const [a, b] = [products[0]!.variants[0]!, products[1]!.variants[0]!];
    const one = await checkout(a.id, 2, true);
    const two = await checkout(b.id, 1, true);
    await checkout(a.id, 1, false);
    // A cart started and abandoned.
    await orders.call(ADD, { variantId: b.id, quantity: 1 }, anonymous);

    const res = await orders.call(SUMMARY, { from: today, to: today }, admin);
    expect(res.errors).toBeUndefined();
    const s = res.data.salesSummary;
    const minor = (amount: string) => Math.round(Number(amount) * 100);
    const revenue = minor(one.total.amount) + minor(two.total.amount);
    expect(s).toMatchObject({ from: today, to: today, currencyCode: 'USD', orders: 3, paidOrders: 2, cartsStarted: 4, checkouts: 3, cartConversionRate: 0.75 });
    expect(minor(s.revenue.amount)).toBe(revenue);
    expect(minor(s.averageOrderValue.amount)).toBe(Math.round(revenue / 2));
    expect(s.days).toEqual([{ date: today, orders: 3, paidOrders: 2, revenue: s.revenue }]);
    // Lines of paid orders, by the category products announced.
    const byCategory = new Map(s.categories.map((c: any) => [c.categoryId, c]));
    const units = new Map<string, number>();
    units.set(products[0]!.categoryId, 2);
    units.set(products[1]!.categoryId, (units.get(products[1]!.categoryId) ?? 0) + 1);
    for (const [categoryId, n] of units) expect(byCategory.get(categoryId)).toMatchObject({ categoryName: `Category ${categoryId}`, units: n });
    expect(s.categories.reduce((n: number, c: any) => n + c.units, 0)).toBe(3);
  });

  it('is for staff only and checks its arguments', async () => {
    const codes = async (vars: Record<string, unknown>, as: any) => (await orders.call(SUMMARY, vars, as)).errors?.map((e) => e.extensions?.code);
    expect(await codes({ from: today, to: today }, customer('usr_sales'))).toEqual(['FORBIDDEN']);
    expect(await codes({ from: today, to: today }, anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(await codes({ from: 'today', to: today }, admin)).toEqual(['BAD_USER_INPUT']);
    expect(await codes({ from: today, to: today, c: 'usd' }, admin)).toEqual(['BAD_USER_INPUT']);
  });
});
