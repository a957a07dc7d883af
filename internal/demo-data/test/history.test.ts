import { describe, expect, it } from 'vitest';
import { DEMO_ORDER_COUNT, DEMO_PRICE_TEST_PRODUCTS, demoCatalog, demoDepartmentDemand, demoOrders, demoPriceHistory, historyEnd } from '../src/index';

const now = new Date('2026-06-15T12:00:00Z');
const { orders } = demoOrders(now);
const { products } = demoCatalog();
const prices = demoPriceHistory(now);

describe('demo order history', () => {
  it('holds 4,000 orders over the 104 weeks before now, in id and time order', () => {
    expect(orders).toHaveLength(DEMO_ORDER_COUNT);
    const times = orders.map((o) => Date.parse(o.createdAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(historyEnd(now) - times[0]!).toBeLessThanOrEqual(104 * 7 * 864e5);
    expect(times.at(-1)!).toBeLessThan(historyEnd(now));
  });

  it('records the true elasticity and a cost below the price of every product', () => {
    for (const p of products) {
      expect(p.elasticity).toBeLessThan(-1);
      for (const v of p.variants) expect(v.costMinor).toBeLessThan(v.priceMinor);
    }
  });

  it('moves the prices of the price-tested products only, and ends every history at the catalogue price', () => {
    const moved = products.filter((p) => prices.get(p.variants[0]!.id)!.length > 1);
    expect(moved).toHaveLength(DEMO_PRICE_TEST_PRODUCTS);
    for (const p of products) for (const v of p.variants) expect(prices.get(v.id)!.at(-1)!.priceMinor).toBe(v.priceMinor);
    // Order lines are priced at the price in effect when the order was placed.
    const history = new Map(products.flatMap((p) => p.variants.map((v) => [v.id, prices.get(v.id)!])));
    for (const o of orders.slice(0, 500))
      for (const l of o.lines) {
        const points = history.get(l.variantId)!.filter((h) => Date.parse(h.from) <= Date.parse(o.createdAt));
        expect(l.unitPriceMinor).toBe((points.at(-1) ?? history.get(l.variantId)![0]!).priceMinor);
      }
  });

  it('gives each department a season: its peak quarter sells more than the opposite one', () => {
    const categoryOf = new Map(products.map((p) => [p.id, p.categoryId]));
    const { categories } = demoCatalog();
    const parent = new Map(categories.map((c) => [c.id, c.parentId]));
    for (const dep of demoDepartmentDemand().filter((d) => d.amplitude > 0.25)) {
      const units = [0, 0];
      for (const o of orders)
        for (const l of o.lines) {
          if (parent.get(categoryOf.get(l.productId)!) !== dep.id) continue;
          const day = (Date.parse(o.createdAt) - Date.UTC(new Date(o.createdAt).getUTCFullYear(), 0, 1)) / 864e5;
          const distance = Math.abs(((day - dep.peakDay + 547) % 365) - 182);
          if (distance > 137) units[0]! += l.quantity;
          if (distance < 45) units[1]! += l.quantity;
        }
      expect(units[1], dep.id).toBeGreaterThan(units[0]!);
    }
  });
});
