import type { DomainEvent } from '@shop/stores';
import type { SaleLineRow } from '../db/model-data-store';
import type { CatalogItem } from '../domain/models/sales';

export const PRODUCT_CREATED = 'product.created';
export const PRODUCT_UPDATED = 'product.updated';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const text = (v: unknown) => (typeof v === 'string' ? v : '');
const int = (v: unknown) => (Number.isInteger(v) ? (v as number) : null);

/** The order lines of an `order.created` v1 event with their prices; null when it cannot be read. */
export function saleLinesOf(event: DomainEvent): SaleLineRow[] | null {
  const p = event.payload;
  if (event.version !== 1 || !isRecord(p) || !text(p.orderId) || !text(p.customerId) || Number.isNaN(Date.parse(text(p.createdAt))) || !Array.isArray(p.lines))
    return null;
  const rows: SaleLineRow[] = [];
  for (const [i, line] of (p.lines as unknown[]).entries()) {
    if (!isRecord(line) || !text(line.productId) || int(line.quantity) === null || int(line.unitPriceMinor) === null) return null;
    rows.push({
      orderId: text(p.orderId),
      lineNo: i + 1,
      customerId: text(p.customerId),
      productId: text(line.productId),
      variantId: text(line.variantId) || null,
      quantity: int(line.quantity)!,
      unitPriceMinor: int(line.unitPriceMinor)!,
      orderedAt: text(p.createdAt),
    });
  }
  return rows;
}

/** What the models keep of a `product.created` / `product.updated` v1 event; null when unreadable. */
export function catalogItemOf(event: DomainEvent): CatalogItem | null {
  const p = isRecord(event.payload) ? event.payload.product : null;
  if (event.version !== 1 || !isRecord(p) || !text(p.id) || !Array.isArray(p.variants)) return null;
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  return {
    id: text(p.id),
    name: text(p.name),
    description: text(p.description),
    brand: text(p.brand),
    // Events list the category path from the root down; the models want the nearest first.
    categoryIds: [text(p.categoryId), ...list(p.categoryIds).map(text).reverse()].filter((id, i, all) => id && all.indexOf(id) === i),
    attributes: list(p.attributes)
      .filter(isRecord)
      .map((a) => ({ name: text(a.name), value: text(a.value) })),
    variants: list(p.variants)
      .filter(isRecord)
      .map((v) => ({
        id: text(v.id),
        sku: text(v.sku),
        priceMinor: int(v.priceMinor) ?? 0,
        costMinor: int(v.costMinor),
        priceHistory: list(v.priceHistory)
          .filter(isRecord)
          .map((h) => ({ from: Date.parse(text(h.from)), priceMinor: int(h.priceMinor) ?? 0 }))
          .filter((h) => !Number.isNaN(h.from) && h.priceMinor > 0),
      })),
  };
}
