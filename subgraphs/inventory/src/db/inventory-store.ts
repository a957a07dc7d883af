import type { DomainEvent } from '@shop/stores';
import { appendToOutbox, type Database } from '@shop/stores';
import { asc, inArray, sql } from 'drizzle-orm';
import type { AdjustStockInput } from '../domain/adjustment';
import type { InventoryUserError } from '../domain/errors';
import { adjustStockLevel } from './adjust-stock';
import { outbox, stockLevels, warehouses, type InventorySchema } from './schema';

export type WarehouseRow = typeof warehouses.$inferSelect;
export type StockLevelRow = typeof stockLevels.$inferSelect;
export type NewStockLevel = typeof stockLevels.$inferInsert;

/** Available units of one product or variant (rows only for ids that have stock records). */
export interface Availability {
  id: string;
  available: number;
}

export interface AdjustRequest {
  input: AdjustStockInput;
  idempotencyKey: string;
  requestHash: string;
  actorId: string | null;
}

/** The result of an adjustment; stored as JSON under its idempotency key and replayed as is. */
export interface AdjustOutcome {
  level: StockLevelRow | null;
  userErrors: InventoryUserError[];
}

export interface SeedData {
  warehouses: WarehouseRow[];
  levels: NewStockLevel[];
  events: DomainEvent[];
}

/** What the inventory subgraph needs from its store. Every batch method is one statement. */
export interface InventoryStore {
  warehouses(): Promise<WarehouseRow[]>;
  warehousesByIds(ids: readonly string[]): Promise<WarehouseRow[]>;
  availabilityByProductIds(ids: readonly string[]): Promise<Availability[]>;
  availabilityByVariantIds(ids: readonly string[]): Promise<Availability[]>;
  levelsByProductIds(ids: readonly string[]): Promise<StockLevelRow[]>;
  levelsByVariantIds(ids: readonly string[]): Promise<StockLevelRow[]>;
  /**
   * Applies a stock adjustment once per idempotency key, atomically with its outbox events and
   * audit record. Never leaves on hand below reserved, whatever runs concurrently.
   */
  adjust(request: AdjustRequest): Promise<AdjustOutcome>;
  /** Loads warehouses, levels and their events into an empty store; false when it was not empty. */
  seed(data: SeedData): Promise<boolean>;
}

/** Rows per INSERT: 8 columns x 1000 rows stays far below Postgres' 65535 parameters. */
const SEED_BATCH = 1000;

const availableSum = sql`coalesce(sum(${stockLevels.quantityOnHand} - ${stockLevels.reserved}), 0)`.mapWith(Number);
const levelOrder = [asc(stockLevels.productId), asc(stockLevels.variantId), asc(stockLevels.warehouseId)];

export function createInventoryStore(db: Database<InventorySchema>): InventoryStore {
  const none = <T>(): Promise<T[]> => Promise.resolve([]);
  return {
    warehouses: () => db.select().from(warehouses).orderBy(asc(warehouses.code)),
    warehousesByIds: (ids) =>
      ids.length
        ? db
            .select()
            .from(warehouses)
            .where(inArray(warehouses.id, [...ids]))
        : none(),
    availabilityByProductIds: (ids) =>
      ids.length
        ? db
            .select({ id: stockLevels.productId, available: availableSum })
            .from(stockLevels)
            .where(inArray(stockLevels.productId, [...ids]))
            .groupBy(stockLevels.productId)
        : none(),
    availabilityByVariantIds: (ids) =>
      ids.length
        ? db
            .select({ id: stockLevels.variantId, available: availableSum })
            .from(stockLevels)
            .where(inArray(stockLevels.variantId, [...ids]))
            .groupBy(stockLevels.variantId)
        : none(),
    levelsByProductIds: (ids) =>
      ids.length
        ? db
            .select()
            .from(stockLevels)
            .where(inArray(stockLevels.productId, [...ids]))
            .orderBy(...levelOrder)
        : none(),
    levelsByVariantIds: (ids) =>
      ids.length
        ? db
            .select()
            .from(stockLevels)
            .where(inArray(stockLevels.variantId, [...ids]))
            .orderBy(...levelOrder)
        : none(),
    adjust: (request) => adjustStockLevel(db, request),
    seed: (data) =>
      db.transaction(async (tx) => {
        // Claiming the warehouses decides which of several replicas starting at once seeds.
        const claimed = await tx.insert(warehouses).values(data.warehouses).onConflictDoNothing().returning({ id: warehouses.id });
        if (!claimed.length) return false;
        for (let i = 0; i < data.levels.length; i += SEED_BATCH) await tx.insert(stockLevels).values(data.levels.slice(i, i + SEED_BATCH));
        for (let i = 0; i < data.events.length; i += SEED_BATCH) await appendToOutbox(tx, outbox, data.events.slice(i, i + SEED_BATCH));
        return true;
      }),
  };
}
