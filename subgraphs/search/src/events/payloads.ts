import type { DomainEvent } from '@shop/stores';
import { z } from 'zod';
import type { ProductDoc } from '../db/search-index';

/** The events this subgraph consumes (all version 1). */
export const PRODUCT_EVENTS = ['product.created', 'product.updated'] as const;
export const STOCK_EVENT = 'inventory.stock_changed';
export const CONSUMED_EVENTS = [...PRODUCT_EVENTS, STOCK_EVENT];

const productPayload = z.object({
  product: z.object({
    id: z.string().min(1),
    slug: z.string(),
    name: z.string(),
    description: z.string(),
    brand: z.string(),
    categoryId: z.string(),
    categoryName: z.string(),
    categoryIds: z.array(z.string()),
    priceMinor: z.number().int().nonnegative(),
    currencyCode: z.string(),
    createdAt: z.string(),
  }),
});

const stockPayload = z.object({
  productId: z.string().min(1),
  available: z.number().int(),
  inStock: z.boolean(),
});

export type StockUpdate = { productId: string; available: number; inStock: boolean; asOf: number };

export type IndexCommand = { kind: 'product'; doc: ProductDoc } | { kind: 'stock'; update: StockUpdate } | { kind: 'skip'; reason: string };

/**
 * Reads a consumed event into what the index must do. Malformed or unknown events are skipped
 * (and logged by the caller) rather than thrown: redelivering them would never make them valid.
 */
export function toIndexCommand(event: DomainEvent): IndexCommand {
  if (event.version !== 1) return { kind: 'skip', reason: `unsupported version ${event.version}` };
  const asOf = Date.parse(event.occurredAt);
  if (Number.isNaN(asOf)) return { kind: 'skip', reason: 'occurredAt is not a date' };
  if ((PRODUCT_EVENTS as readonly string[]).includes(event.type)) {
    const parsed = productPayload.safeParse(event.payload);
    if (!parsed.success) return { kind: 'skip', reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
    const p = parsed.data.product;
    // The product's own category always counts, even if an older producer left it out of categoryIds.
    const categoryIds = [...new Set([p.categoryId, ...p.categoryIds])];
    return { kind: 'product', doc: { ...p, categoryIds, asOf } };
  }
  if (event.type === STOCK_EVENT) {
    const parsed = stockPayload.safeParse(event.payload);
    if (!parsed.success) return { kind: 'skip', reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
    const available = Math.max(0, parsed.data.available);
    return { kind: 'stock', update: { productId: parsed.data.productId, available, inStock: parsed.data.inStock, asOf } };
  }
  return { kind: 'skip', reason: `not consumed: ${event.type}` };
}
