import { randomUUID } from 'node:crypto';
import { appendToOutbox, handleOnce, type Database } from '@shop/stores';
import { eq, sql } from 'drizzle-orm';
import { allocate, mergeDemand, type Allocation, type OrderLineDemand, type Shortage } from '../domain/allocation';
import { expiryOf } from '../domain/reservation';
import { reservationFailed, reserved } from '../events/inventory-events';
import type { ReserveOutcome, ReserveRequest } from './reservation-store';
import { outbox, processedEvents, reservationLines, reservations, stockLevels, type InventorySchema } from './schema';
import { announceStockChanges, inLockOrder, levelWhere, readAvailability, type StockLevelRow, type Tx } from './stock-changes';

/**
 * Optimistic attempts (plain read, conditional updates) before the last one, which locks the
 * variant's levels while it reads, so that it cannot lose a race: a busy variant costs a few
 * retries, never a false "out of stock".
 */
export const MAX_RESERVE_ATTEMPTS = 4;

class StockTaken extends Error {
  constructor(readonly allocation: Allocation) {
    super(`stock of ${allocation.variantId} in ${allocation.warehouseId} was taken meanwhile`);
  }
}

/**
 * Reserves an order's lines, all or nothing, in one transaction with the processed-event record
 * and the outbox events. The reservation row is claimed first: its unique order id makes a second
 * delivery of the order (or a concurrent one) wait for the first and then do nothing.
 */
export async function reserveStock(db: Database<InventorySchema>, request: ReserveRequest): Promise<ReserveOutcome> {
  let outcome: ReserveOutcome = { kind: 'duplicate' };
  await handleOnce(db, processedEvents, request.event, async (tx) => {
    outcome = await reserveIn(tx as unknown as Tx, request);
  });
  return outcome;
}

async function reserveIn(tx: Tx, { order, now, ttlSeconds }: ReserveRequest): Promise<ReserveOutcome> {
  const reservationId = `rsv_${randomUUID()}`;
  const expiresAt = expiryOf(now, ttlSeconds).toISOString();
  const [claimed] = await tx
    .insert(reservations)
    .values({ id: reservationId, orderId: order.orderId, status: 'ACTIVE', expiresAt, createdAt: now.toISOString(), updatedAt: now.toISOString() })
    .onConflictDoNothing({ target: reservations.orderId })
    .returning({ id: reservations.id });
  if (!claimed) return { kind: 'duplicate' };

  const demand = mergeDemand(order.lines);
  const variantIds = demand.map((d) => d.variantId);
  for (let attempt = 1; ; attempt++) {
    const last = attempt >= MAX_RESERVE_ATTEMPTS;
    const plan = allocate(demand, await readAvailability(tx, variantIds, { lock: last }));
    if (!plan.ok) return fail(tx, reservationId, order.orderId, plan.shortages);
    const taken = await take(tx, plan.allocations);
    if (Array.isArray(taken)) {
      const byLevel = new Map(taken.map((level) => [`${level.warehouseId}\u0000${level.variantId}`, level]));
      const productOf = (a: Allocation) => byLevel.get(`${a.warehouseId}\u0000${a.variantId}`)!.productId;
      await tx.insert(reservationLines).values(plan.allocations.map((a) => ({ reservationId, ...a, productId: productOf(a) })));
      const changes = taken.map((level) => ({ level, availableDelta: -quantityOf(plan.allocations, level) }));
      await announceStockChanges(tx, changes, [reserved({ orderId: order.orderId, reservationId, expiresAt, allocations: plan.allocations })]);
      return { kind: 'reserved', reservationId, expiresAt, allocations: plan.allocations };
    }
    // Unreachable while the last attempt holds its locks; kept so that a bug fails safe, as a shortage.
    if (last) return fail(tx, reservationId, order.orderId, await shortageOf(tx, demand, taken.allocation.variantId));
  }
}

const quantityOf = (allocations: readonly Allocation[], level: StockLevelRow) =>
  allocations.filter((a) => a.warehouseId === level.warehouseId && a.variantId === level.variantId).reduce((sum, a) => sum + a.quantity, 0);

/**
 * One conditional UPDATE per allocation, in lock order, inside a savepoint: the condition is
 * re-checked on the locked row, so stock taken meanwhile makes the statement match nothing and the
 * whole attempt is rolled back instead of overselling.
 */
async function take(tx: Tx, allocations: readonly Allocation[]): Promise<StockLevelRow[] | StockTaken> {
  try {
    return await tx.transaction(async (attempt) => {
      const levels: StockLevelRow[] = [];
      for (const allocation of inLockOrder(allocations)) {
        const n = allocation.quantity;
        const [level] = await attempt
          .update(stockLevels)
          .set({ reserved: sql`${stockLevels.reserved} + ${n}`, updatedAt: sql`now()` })
          .where(levelWhere(allocation, sql`${stockLevels.quantityOnHand} - ${stockLevels.reserved} >= ${n}`))
          .returning();
        if (!level) throw new StockTaken(allocation);
        levels.push(level);
      }
      return levels;
    });
  } catch (error) {
    if (error instanceof StockTaken) return error;
    throw error;
  }
}

/** After the last attempt lost its race: the variant it lost on, with what is left of it now. */
async function shortageOf(tx: Tx, demand: readonly OrderLineDemand[], variantId: string): Promise<Shortage[]> {
  const left = (await readAvailability(tx, [variantId])).reduce((sum, a) => sum + Math.max(0, a.available), 0);
  const requested = demand.find((d) => d.variantId === variantId)?.quantity ?? 0;
  return [{ variantId, requested, available: left }];
}

/** Nothing was taken: the claimed reservation goes, and the failure is announced. */
async function fail(tx: Tx, reservationId: string, orderId: string, shortages: Shortage[]): Promise<ReserveOutcome> {
  await tx.delete(reservations).where(eq(reservations.id, reservationId));
  await appendToOutbox(tx, outbox, [reservationFailed(orderId, shortages)]);
  return { kind: 'failed', shortages };
}
