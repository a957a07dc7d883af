import { demoCatalog, demoOrders } from '@shop/demo-data';
import type { OrderFact, ProductFact } from '../src/assistant/knowledge';

/** The demo history's "now": fixed, so order dates and the cases' expected facts never move. */
export const EVAL_NOW = new Date('2026-12-01T00:00:00Z');

/** The demo catalogue as the assistant learns it from product events (which carry no attributes). */
export function demoProductFacts(): ProductFact[] {
  const { categories, products } = demoCatalog();
  const names = new Map(categories.map((c) => [c.id, c.name]));
  return products.map((p) => ({
    id: p.id,
    name: p.name,
    brand: p.brand,
    description: p.description,
    categoryName: names.get(p.categoryId) ?? '',
    priceMinor: Math.min(...p.variants.map((v) => v.priceMinor)),
    currencyCode: p.currencyCode,
    variants: p.variants.map((v) => ({ id: v.id, sku: v.sku, name: v.name, priceMinor: v.priceMinor })),
    attributes: [],
  }));
}

/** The demo order history as order.created events describe it. */
export function demoOrderFacts(): OrderFact[] {
  return demoOrders(EVAL_NOW).orders.map((o) => ({
    orderId: o.id,
    number: o.number,
    customerId: o.customerId,
    status: o.status,
    totalMinor: o.totalMinor,
    currencyCode: o.currencyCode,
    createdAt: o.createdAt,
    lines: o.lines.map((l) => ({ productId: l.productId, sku: l.sku, quantity: l.quantity, unitPriceMinor: l.unitPriceMinor })),
  }));
}
