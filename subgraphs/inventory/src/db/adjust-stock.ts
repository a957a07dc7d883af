import type { Database } from '@shop/stores';
import { and, eq, sql } from 'drizzle-orm';
import { availableOf } from '../domain/availability';
import { userErrors } from '../domain/errors';
import type { AdjustOutcome, AdjustRequest } from './inventory-store';
import { idempotencyKeys, stockAdjustments, stockLevels, warehouses, type InventorySchema } from './schema';
import { announceStockChanges, type Tx } from './stock-changes';

/**
 * One transaction: claim the idempotency key, apply the change with a single conditional UPDATE,
 * record the audit row and outbox events, and remember the outcome under the key.
 */
export function adjustStockLevel(db: Database<InventorySchema>, request: AdjustRequest): Promise<AdjustOutcome> {
  return db.transaction(async (tx) => {
    // A concurrent holder of the same key makes this insert wait until it commits (or rolls back),
    // so a retry racing the original still sees exactly one application.
    const claimed = await tx
      .insert(idempotencyKeys)
      .values({ key: request.idempotencyKey, requestHash: request.requestHash })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (!claimed.length) return replay(tx, request);

    const outcome = await apply(tx, request);
    await tx.update(idempotencyKeys).set({ response: outcome }).where(eq(idempotencyKeys.key, request.idempotencyKey));
    return outcome;
  });
}

async function replay(tx: Tx, request: AdjustRequest): Promise<AdjustOutcome> {
  const [first] = await tx.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, request.idempotencyKey));
  if (!first?.response) throw new Error(`idempotency key ${request.idempotencyKey} has no recorded response`);
  if (first.requestHash !== request.requestHash) return { level: null, userErrors: [userErrors.idempotencyKeyReused()] };
  return first.response as AdjustOutcome;
}

async function apply(tx: Tx, { input, idempotencyKey, actorId }: AdjustRequest): Promise<AdjustOutcome> {
  const { variantId, warehouseId, delta } = input;
  // The condition is evaluated against the row as locked by this UPDATE, so concurrent decreases
  // cannot both pass a check made on a stale read: on hand never drops below what is reserved.
  const [level] = await tx
    .update(stockLevels)
    .set({ quantityOnHand: sql`${stockLevels.quantityOnHand} + ${delta}`, updatedAt: sql`now()` })
    .where(
      and(
        eq(stockLevels.warehouseId, warehouseId),
        eq(stockLevels.variantId, variantId),
        sql`${stockLevels.quantityOnHand} + ${delta} >= ${stockLevels.reserved}`,
      ),
    )
    .returning();
  if (!level) return { level: null, userErrors: [await refusalReason(tx, input)] };

  await tx.insert(stockAdjustments).values({ warehouseId, variantId, delta, reason: input.reason, actorId, idempotencyKey });
  await announceStockChanges(tx, [{ level, availableDelta: delta }]);
  return { level, userErrors: [] };
}

/** Only reached when the UPDATE matched nothing: tells a missing record from too little stock. */
async function refusalReason(tx: Tx, { variantId, warehouseId }: AdjustRequest['input']) {
  const [level] = await tx
    .select()
    .from(stockLevels)
    .where(and(eq(stockLevels.warehouseId, warehouseId), eq(stockLevels.variantId, variantId)));
  if (level) return userErrors.insufficientStock(availableOf(level));
  const [warehouse] = await tx.select({ id: warehouses.id }).from(warehouses).where(eq(warehouses.id, warehouseId));
  return warehouse ? userErrors.levelNotFound(variantId, warehouseId) : userErrors.warehouseNotFound(warehouseId);
}
