/** Stock arithmetic shared by the API, the events and the seed. */

export interface StockQuantities {
  quantityOnHand: number;
  reserved: number;
}

/** A federated entity as another subgraph references it. */
export interface EntityRef {
  id: string;
}

/** Whose inventory a summary describes: a whole product (all variants) or one variant. */
export interface InventoryOwner {
  kind: 'product' | 'variant';
  id: string;
}

export interface InventorySummary {
  owner: InventoryOwner;
  available: number;
  inStock: boolean;
}

/**
 * Units of one level that can be sold: on hand and not promised to an order. The database never
 * holds reserved > on hand, but a negative here would make a total lie, so it is clamped anyway.
 */
export const availableOf = (level: StockQuantities): number => Math.max(0, level.quantityOnHand - level.reserved);

export const isInStock = (available: number): boolean => available > 0;

export function totalAvailable(levels: readonly StockQuantities[]): number {
  return levels.reduce((sum, level) => sum + availableOf(level), 0);
}

/** A product or variant with no stock records has nothing to sell. */
export function inventorySummary(owner: InventoryOwner, available = 0): InventorySummary {
  const clamped = Math.max(0, available);
  return { owner, available: clamped, inStock: isInStock(clamped) };
}

/** Total available units per product, over every variant and warehouse. */
export function availableByProduct(levels: readonly (StockQuantities & { productId: string })[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const level of levels) totals.set(level.productId, (totals.get(level.productId) ?? 0) + availableOf(level));
  return totals;
}

/**
 * The low-stock rule: a decrease that leaves a level at or below its threshold is announced, every
 * time, so that a consumer that missed the first alert still learns the current figure. Increases
 * never alert, even when the level stays low: restocking is not news a buyer needs to act on.
 */
export function isLowStockAfter(delta: number, availableAfter: number, threshold: number): boolean {
  return delta < 0 && availableAfter <= threshold;
}
