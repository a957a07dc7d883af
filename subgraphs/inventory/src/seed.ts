import { DEMO_WAREHOUSES, demoStock } from '@shop/demo-data';
import type { Logger } from '@shop/kit';
import type { InventoryStore, NewStockLevel } from './db/inventory-store';
import { availableOf } from './domain/availability';
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
  const variants = new Map<string, Map<string, number>>(); // product → variant → available
  for (const level of levels) {
    const ofProduct = variants.get(level.productId) ?? new Map<string, number>();
    ofProduct.set(level.variantId, (ofProduct.get(level.variantId) ?? 0) + availableOf(level));
    variants.set(level.productId, ofProduct);
  }
  const events = [...variants].map(([productId, byVariant]) =>
    stockChanged(
      productId,
      [...byVariant].map(([variantId, available]) => ({ variantId, available })),
    ),
  );
  const seeded = await store.seed({ warehouses: DEMO_WAREHOUSES, levels, events });
  if (seeded) logger.info('seeded demo inventory', { warehouses: DEMO_WAREHOUSES.length, levels: levels.length, products: variants.size });
}
