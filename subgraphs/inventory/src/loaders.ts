import { createBatchLoader, createGroupLoader } from '@shop/kit';
import DataLoader from 'dataloader';
import type { Availability, InventoryStore, WarehouseRow } from './db/inventory-store';
import type { ReservationStore } from './db/reservation-store';
import { inventorySummary, type InventoryOwner, type InventorySummary } from './domain/availability';

/**
 * Every product or variant has an inventory, even without stock records (then zero), so these
 * loaders answer each key instead of null.
 */
function createInventoryLoader(kind: InventoryOwner['kind'], fetchMany: (ids: readonly string[]) => Promise<Availability[]>) {
  return new DataLoader<string, InventorySummary>(
    async (ids) => {
      const available = new Map((await fetchMany(ids)).map((row) => [row.id, row.available]));
      return ids.map((id) => inventorySummary({ kind, id }, available.get(id)));
    },
    { maxBatchSize: 1000 },
  );
}

/** Made once per request: each `_entities` batch is one query per loader it touches. */
export function createLoaders(store: InventoryStore, reservations: Pick<ReservationStore, 'reservationsByOrderIds'>) {
  const warehouseById = createBatchLoader(
    (ids: readonly string[]) => store.warehousesByIds(ids),
    (w) => w.id,
  );
  return {
    productInventory: createInventoryLoader('product', (ids) => store.availabilityByProductIds(ids)),
    variantInventory: createInventoryLoader('variant', (ids) => store.availabilityByVariantIds(ids)),
    warehouseById,
    /** For a level's or allocation's warehouse, which a foreign key guarantees exists. */
    async warehouseOf(row: { warehouseId: string }): Promise<WarehouseRow> {
      const warehouse = await warehouseById.load(row.warehouseId);
      if (!warehouse) throw new Error(`row refers to missing warehouse ${row.warehouseId}`);
      return warehouse;
    },
    reservationByOrder: createBatchLoader(
      (orderIds: readonly string[]) => reservations.reservationsByOrderIds(orderIds),
      (r) => r.orderId,
    ),
    levelsByProduct: createGroupLoader(
      (ids: readonly string[]) => store.levelsByProductIds(ids),
      (l) => l.productId,
    ),
    levelsByVariant: createGroupLoader(
      (ids: readonly string[]) => store.levelsByVariantIds(ids),
      (l) => l.variantId,
    ),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
