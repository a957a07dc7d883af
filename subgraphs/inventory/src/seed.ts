import { DEMO_WAREHOUSES, demoStock } from '@shop/demo-data';
import type { Logger } from '@shop/kit';
import type { InventoryStore, NewStockLevel } from './db/inventory-store';
import { availableByProduct } from './domain/availability';
import { stockChanged } from './events/inventory-events';

/**
 * Loads the demo warehouses and stock into an empty store and announces every product's total
 * through the outbox, so consumers (search, ai) learn availability from events alone.
 */
export async function seedInventory(store: InventoryStore, logger: Logger): Promise<void> {
  const levels = demoStock().map((l): NewStockLevel & { reserved: number } => ({
    warehouseId: l.warehouseId,
    variantId: l.variantId,
    productId: l.productId,
    sku: l.sku,
    quantityOnHand: l.quantity,
    reserved: 0,
  }));
  const totals = availableByProduct(levels);
  const events = [...totals].map(([productId, available]) => stockChanged(productId, available));
  const seeded = await store.seed({ warehouses: DEMO_WAREHOUSES, levels, events });
  if (seeded) logger.info('seeded demo inventory', { warehouses: DEMO_WAREHOUSES.length, levels: levels.length, products: totals.size });
}
