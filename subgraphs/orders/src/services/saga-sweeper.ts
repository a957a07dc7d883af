import type { Logger } from '@shop/kit';
import { startRedriveLoop, type Database, type EventBus } from '@shop/stores';
import { and, asc, inArray, isNotNull, lt } from 'drizzle-orm';
import { orders, outbox, type OrdersSchema } from '../db/schema';

export { DEFAULT_SAGA_STEP_DEADLINE_MS } from '@shop/stores';

/**
 * A saga never depends on one delivery. A checkout still PENDING (waiting for inventory) or
 * RESERVED (waiting for payments) past its step deadline had an event lost on the way (a Redis
 * restart without persistence, a dead-lettered event): its order.created and order.updated are
 * published again from the outbox, with their ids. Consumers deduplicate; inventory and payments
 * answer a repeated order.created by publishing again what they said about the order, so a lost
 * reservation or payment outcome arrives after all.
 */
export function startSagaSweeper(options: { db: Database<OrdersSchema>; bus: EventBus; logger: Logger; deadlineMs: number }) {
  return startRedriveLoop({
    ...options,
    table: outbox,
    what: 'checkouts',
    stalled: async (staleBefore, limit) => {
      const rows = await options.db
        .select({ id: orders.id })
        .from(orders)
        // Checkout orders only (seeded history has no cart).
        .where(and(inArray(orders.status, ['PENDING', 'RESERVED']), isNotNull(orders.cartId), lt(orders.updatedAt, staleBefore.toISOString())))
        .orderBy(asc(orders.updatedAt))
        .limit(limit);
      return rows.map((r) => r.id);
    },
  });
}
