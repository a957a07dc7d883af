import { appendToOutbox, type Database, type DomainEvent } from '@shop/stores';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { WarehouseAvailability } from '../domain/allocation';
import { availableOf, isLowStockAfter } from '../domain/availability';
import { lowStock, stockChanged } from '../events/inventory-events';
import { outbox, stockLevels, type InventorySchema } from './schema';

/** A transaction of the inventory database (also a savepoint inside one). */
export type Tx = Parameters<Parameters<Database<InventorySchema>['transaction']>[0]>[0];
export type StockLevelRow = typeof stockLevels.$inferSelect;

/** A level as a statement left it, and by how much its available units moved (negative: fewer). */
export interface LevelChange {
  level: StockLevelRow;
  availableDelta: number;
}

/** One warehouse's units of one variant to move; the unit every stock statement works on. */
export interface LevelQuantity {
  warehouseId: string;
  variantId: string;
  quantity: number;
}

/**
 * Row locks are always taken in (warehouse, variant) order, whichever statement takes them, so two
 * transactions touching the same levels queue instead of deadlocking.
 */
export function inLockOrder<T extends { warehouseId: string; variantId: string }>(items: readonly T[]): T[] {
  const key = (i: T) => `${i.warehouseId}\u0000${i.variantId}`;
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Sums quantities per level, so that one statement touches one row once. */
export function perLevel(items: readonly LevelQuantity[]): LevelQuantity[] {
  const merged = new Map<string, LevelQuantity>();
  for (const item of items) {
    const key = `${item.warehouseId}\u0000${item.variantId}`;
    const seen = merged.get(key);
    merged.set(key, seen ? { ...seen, quantity: seen.quantity + item.quantity } : { ...item });
  }
  return inLockOrder([...merged.values()]);
}

/**
 * What each warehouse can promise now of the given variants: a plain read, or with `lock` the rows
 * locked in lock order so that nobody can take them before this transaction ends.
 */
export async function readAvailability(tx: Tx, variantIds: readonly string[], { lock = false } = {}): Promise<WarehouseAvailability[]> {
  if (!variantIds.length) return [];
  const query = tx
    .select({
      warehouseId: stockLevels.warehouseId,
      variantId: stockLevels.variantId,
      available: sql`${stockLevels.quantityOnHand} - ${stockLevels.reserved}`.mapWith(Number),
    })
    .from(stockLevels)
    .where(inArray(stockLevels.variantId, [...variantIds]))
    .orderBy(asc(stockLevels.warehouseId), asc(stockLevels.variantId));
  return lock ? query.for('update') : query;
}

/** `where` for one level, plus the condition that keeps the statement legal. */
export function levelWhere(item: LevelQuantity, condition?: ReturnType<typeof sql>) {
  return and(eq(stockLevels.warehouseId, item.warehouseId), eq(stockLevels.variantId, item.variantId), condition);
}

/**
 * Appends `stock_changed` for every product touched (its total and per-variant figures, read after
 * the change) and `low_stock` for every level a decrease left at or below its threshold. A
 * per-product advisory lock, taken in product order after every row lock, makes the totals of one
 * product follow each other: the last event of a product always carries the true figure.
 */
export async function announceStockChanges(tx: Tx, changes: readonly LevelChange[], extra: DomainEvent[] = []): Promise<void> {
  const products = [...new Set(changes.map((c) => c.level.productId))].sort();
  const events: DomainEvent[] = [...extra];
  for (const productId of products) {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('inventory.product'), hashtext(${productId}))`);
    const variants = await tx
      .select({
        variantId: stockLevels.variantId,
        available: sql`coalesce(sum(greatest(${stockLevels.quantityOnHand} - ${stockLevels.reserved}, 0)), 0)`.mapWith(Number),
      })
      .from(stockLevels)
      .where(eq(stockLevels.productId, productId))
      .groupBy(stockLevels.variantId);
    events.push(stockChanged(productId, variants));
  }
  for (const { level, availableDelta } of changes) {
    const available = availableOf(level);
    if (isLowStockAfter(availableDelta, available, level.lowStockThreshold)) {
      events.push(
        lowStock({ productId: level.productId, variantId: level.variantId, warehouseId: level.warehouseId, available, threshold: level.lowStockThreshold }),
      );
    }
  }
  await appendToOutbox(tx, outbox, events);
}
