import { newEvent, type DomainEvent } from '@shop/stores';
import { inventorySummary } from '../domain/availability';

/** What inventory announces to other subgraphs (v1 payloads, as agreed in the shared contracts). */
export const STOCK_CHANGED = 'inventory.stock_changed';
export const LOW_STOCK = 'inventory.low_stock';

export interface StockChangedPayload {
  productId: string;
  /** Sum over the product's variants and warehouses of on hand minus reserved; never negative. */
  available: number;
  inStock: boolean;
}

export interface LowStockPayload {
  productId: string;
  variantId: string;
  warehouseId: string;
  available: number;
  threshold: number;
}

export function stockChanged(productId: string, available: number): DomainEvent<StockChangedPayload> {
  const summary = inventorySummary({ kind: 'product', id: productId }, available);
  return newEvent(STOCK_CHANGED, { productId, available: summary.available, inStock: summary.inStock });
}

export function lowStock(payload: LowStockPayload): DomainEvent<LowStockPayload> {
  return newEvent(LOW_STOCK, payload);
}
