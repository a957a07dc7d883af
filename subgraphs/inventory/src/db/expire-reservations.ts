import type { Database } from '@shop/stores';
import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import { released } from '../events/inventory-events';
import { reservationLines, reservations, type InventorySchema } from './schema';
import { moveStock, transition } from './settle-reservation';
import { announceStockChanges } from './stock-changes';

/**
 * Releases up to `limit` active reservations whose deadline is at or before `now`, in one
 * transaction, and says how many it released. Rows are claimed FOR UPDATE SKIP LOCKED, so replicas
 * sweep side by side and a reservation being committed right now is skipped; the status CAS
 * re-checks under the lock, so a reservation committed first is never expired.
 */
export function expireReservations(db: Database<InventorySchema>, now: Date, limit: number): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: reservations.id, orderId: reservations.orderId })
      .from(reservations)
      .where(and(eq(reservations.status, 'ACTIVE'), lte(reservations.expiresAt, now.toISOString())))
      .orderBy(asc(reservations.expiresAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    const expired: typeof due = [];
    for (const reservation of due) if (await transition(tx, reservation.id, 'ACTIVE', 'EXPIRED')) expired.push(reservation);
    if (!expired.length) return 0;

    const lines = await tx
      .select({ warehouseId: reservationLines.warehouseId, variantId: reservationLines.variantId, quantity: reservationLines.quantity })
      .from(reservationLines)
      .where(
        inArray(
          reservationLines.reservationId,
          expired.map((r) => r.id),
        ),
      );
    // One statement per level for the whole batch, in lock order.
    const changes = await moveStock(tx, 'release', lines);
    const events = expired.map((r) => released({ orderId: r.orderId, reservationId: r.id, reason: 'EXPIRED' }));
    await announceStockChanges(tx, changes, events);
    return expired.length;
  });
}
