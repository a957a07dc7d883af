import { appendToOutbox, handleOnce, type Database, type DomainEvent } from '@shop/stores';
import { and, eq, sql } from 'drizzle-orm';
import { holdExtended } from '../events/inventory-events';
import { outbox, processedEvents, reservations, type InventorySchema } from './schema';

export type ExtendHoldOutcome = { kind: 'extended'; reservationId: string; expiresAt: string } | { kind: 'unchanged'; why: string };

/**
 * An order held for fraud review keeps its stock while staff decide: the ACTIVE reservation's
 * expiry moves out to `until` (never earlier than it was), it is marked held so the re-drive loop
 * leaves it alone, and inventory.hold_extended tells payments it may still capture until then.
 * Once per event; a reservation that is no longer ACTIVE is left as it is.
 */
export async function extendHold(db: Database<InventorySchema>, request: { event: DomainEvent; orderId: string; until: Date }): Promise<ExtendHoldOutcome> {
  let outcome: ExtendHoldOutcome = { kind: 'unchanged', why: 'duplicate event' };
  await handleOnce(db, processedEvents, request.event, async (tx) => {
    const [row] = await tx
      .update(reservations)
      .set({
        expiresAt: sql`greatest(${reservations.expiresAt}, ${request.until.toISOString()}::timestamptz)`,
        heldForReviewAt: sql`now()`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(reservations.orderId, request.orderId), eq(reservations.status, 'ACTIVE')))
      .returning({ id: reservations.id, expiresAt: reservations.expiresAt });
    if (!row) return void (outcome = { kind: 'unchanged', why: 'no active reservation' });
    const expiresAt = new Date(row.expiresAt).toISOString();
    await appendToOutbox(tx, outbox, [holdExtended({ orderId: request.orderId, reservationId: row.id, expiresAt })]);
    outcome = { kind: 'extended', reservationId: row.id, expiresAt };
  });
  return outcome;
}
