import { demoCatalog, demoOrders, demoPriceHistory, historyEnd } from '@shop/demo-data';
import type { CatalogItem, SaleLine } from '../src/domain/models/sales';

/** A fixed day, so that the evaluation and its tests see the same history on every run. */
export const EVAL_NOW = new Date('2026-12-01T00:00:00Z');

/**
 * The demo history in the shapes the ai subgraph learns from its events (product.created with
 * attributes, costs and price history; order.created lines). Every order counts, cancelled ones
 * included, as for the consumer (which does not read order.cancelled yet).
 */
export function demoHistory(now: Date = EVAL_NOW) {
  const { products, categories } = demoCatalog();
  const parent = new Map(categories.map((c) => [c.id, c.parentId]));
  const prices = demoPriceHistory(now);
  const catalog: CatalogItem[] = products.map((p) => ({
    id: p.id,
    name: p.name,
    description: p.description,
    brand: p.brand,
    categoryIds: [p.categoryId, ...(parent.get(p.categoryId) ? [parent.get(p.categoryId)!] : [])],
    attributes: p.attributes,
    variants: p.variants.map((v) => ({
      id: v.id,
      sku: v.sku,
      priceMinor: v.priceMinor,
      costMinor: v.costMinor,
      priceHistory: (prices.get(v.id) ?? []).map((h) => ({ from: Date.parse(h.from), priceMinor: h.priceMinor })),
    })),
  }));
  const lines: SaleLine[] = demoOrders(now).orders.flatMap((o) =>
    o.lines.map((l) => ({
      orderId: o.id,
      customerId: o.customerId,
      productId: l.productId,
      variantId: l.variantId,
      quantity: l.quantity,
      unitPriceMinor: l.unitPriceMinor,
      at: Date.parse(o.createdAt),
    })),
  );
  const truth = new Map(products.map((p) => [p.id, p.elasticity]));
  return { catalog, lines, truth, end: historyEnd(now) };
}
