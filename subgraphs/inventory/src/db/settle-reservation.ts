import { handleOnce, type Database } from '@shop/stores';
import { and, eq, sql } from 'drizzle-orm';
import { settlementFor, type ReservationStatus, type Settlement } from '../domain/reservation';
import { released } from '../events/inventory-events';
import type { SettleOutcome, SettleRequest } from './reservation-store';
import { processedEvents, reservationLines, reservations, stockLevels, type InventorySchema } from './schema';
import { announceStockChanges, levelWhere, perLevel, type LevelChange, type LevelQuantity, type Tx } from './stock-changes';

type StockAction = Exclude<Settlement['action'], 'none'>;

class StockGone extends Error {}

const LOST_RACE = 'another transition came first';

/**
 * How each action moves one level, as one conditional statement, and by how much it moves the
 * level's available units. Committing and releasing only ever undo what a reservation holds
 * (`reserved >= n`); a late commit takes from what is available now.
 */
const MOVES: Record<StockAction, (n: number) => { set: Record<string, unknown>; condition?: ReturnType<typeof sql>; availableDelta: number }> = {
  commit: (n) => ({
    set: { quantityOnHand: sql`${stockLevels.quantityOnHand} - ${n}`, reserved: sql`${stockLevels.reserved} - ${n}` },
    condition: sql`${stockLevels.reserved} >= ${n}`,
    availableDelta: 0,
  }),
  'late-commit': (n) => ({
    set: { quantityOnHand: sql`${stockLevels.quantityOnHand} - ${n}` },
    condition: sql`${stockLevels.quantityOnHand} - ${stockLevels.reserved} >= ${n}`,
    availableDelta: -n,
  }),
  release: (n) => ({ set: { reserved: sql`${stockLevels.reserved} - ${n}` }, condition: sql`${stockLevels.reserved} >= ${n}`, availableDelta: n }),
  restock: (n) => ({ set: { quantityOnHand: sql`${stockLevels.quantityOnHand} + ${n}` }, availableDelta: n }),
};

/** Applies `action` to every level, in lock order. Throws StockGone when a condition fails. */
export async function moveStock(tx: Tx, action: StockAction, lines: readonly LevelQuantity[]): Promise<LevelChange[]> {
  const changes: LevelChange[] = [];
  for (const line of perLevel(lines)) {
    const move = MOVES[action](line.quantity);
    const [level] = await tx
      .update(stockLevels)
      .set({ ...move.set, updatedAt: sql`now()` })
      .where(levelWhere(line, move.condition))
      .returning();
    if (!level) throw new StockGone(`${action} of ${line.quantity} x ${line.variantId} in ${line.warehouseId} is not possible`);
    changes.push({ level, availableDelta: move.availableDelta });
  }
  return changes;
}

/** Compare-and-set of a reservation's status; false when another transition got there first. */
export async function transition(tx: Tx, reservationId: string, from: ReservationStatus, to: ReservationStatus): Promise<boolean> {
  const moved = await tx
    .update(reservations)
    .set({ status: to, updatedAt: sql`now()` })
    .where(and(eq(reservations.id, reservationId), eq(reservations.status, from)))
    .returning({ id: reservations.id });
  return moved.length > 0;
}

export const linesOf = (tx: Tx, reservationId: string) =>
  tx
    .select({ warehouseId: reservationLines.warehouseId, variantId: reservationLines.variantId, quantity: reservationLines.quantity })
    .from(reservationLines)
    .where(eq(reservationLines.reservationId, reservationId));

/**
 * Settles an order's reservation after its status changed, once per event, with the outbox events
 * in the same transaction. The status CAS comes first and locks the reservation, so the sweeper
 * (which skips locked rows) and a racing event cannot both act on it.
 */
export async function settleReservation(db: Database<InventorySchema>, request: SettleRequest): Promise<SettleOutcome> {
  let outcome: SettleOutcome = { kind: 'unchanged', why: 'duplicate event' };
  await handleOnce(db, processedEvents, request.event, async (anyTx) => {
    const tx = anyTx as unknown as Tx;
    // A lost compare-and-set means the sweeper expired the reservation meanwhile (it commits first):
    // read it again and settle what it is now (a CONFIRMED order then late-commits), never drop the event.
    for (let attempt = 0; attempt < 3; attempt++) {
      const [reservation] = await tx.select().from(reservations).where(eq(reservations.orderId, request.orderId));
      if (!reservation) return void (outcome = { kind: 'unchanged', why: 'no reservation' });
      const settlement = settlementFor(reservation.status, request.orderStatus);
      if (settlement.action === 'none')
        return void (outcome = { kind: 'unchanged', why: `nothing to do for ${reservation.status}`, reservationId: reservation.id });
      outcome = await apply(tx, reservation.id, request.orderId, settlement);
      if (!(outcome.kind === 'unchanged' && outcome.why === LOST_RACE)) return;
    }
  });
  return outcome;
}

async function apply(tx: Tx, reservationId: string, orderId: string, settlement: Exclude<Settlement, { action: 'none' }>): Promise<SettleOutcome> {
  const unchanged = { kind: 'unchanged', why: LOST_RACE, reservationId } as const;
  if (settlement.action !== 'late-commit') {
    if (!(await transition(tx, reservationId, settlement.from, settlement.to))) return unchanged;
    const changes = await moveStock(tx, settlement.action, await linesOf(tx, reservationId));
    const events = 'reason' in settlement ? [released({ orderId, reservationId, reason: settlement.reason })] : [];
    await announceStockChanges(tx, changes, events);
    return { kind: 'settled', action: settlement.action, reservationId };
  }
  // Paid after the reservation lapsed: keep the sale only if the same units are still free.
  try {
    return await tx.transaction(async (attempt) => {
      if (!(await transition(attempt, reservationId, settlement.from, settlement.to))) return unchanged;
      const changes = await moveStock(attempt, 'late-commit', await linesOf(attempt, reservationId));
      await announceStockChanges(attempt, changes);
      return { kind: 'settled', action: 'late-commit', reservationId } as const;
    });
  } catch (error) {
    if (error instanceof StockGone) return { kind: 'unchanged', why: 'the lapsed reservation can no longer be filled', reservationId, oversold: true };
    throw error;
  }
}
