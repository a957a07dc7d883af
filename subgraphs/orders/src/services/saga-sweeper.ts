import type { Logger } from '@shop/kit';
import { aboutOrders, republishFromOutbox, type Database, type EventBus } from '@shop/stores';
import { and, asc, inArray, isNotNull, lt } from 'drizzle-orm';
import { orders, outbox, type OrdersSchema } from '../db/schema';

/** How long a checkout may wait in PENDING or RESERVED before its events are published again. */
export const DEFAULT_SAGA_STEP_DEADLINE_MS = 30_000;

export interface SagaSweeperOptions {
  db: Database<OrdersSchema>;
  bus: EventBus;
  logger: Logger;
  /** A checkout unchanged for this long is re-driven (again at most once per deadline). */
  deadlineMs?: number;
  /** Pause between sweeps (default deadline / 2). */
  intervalMs?: number;
  batchSize?: number;
}

/**
 * A saga never depends on one delivery. A checkout still PENDING (waiting for inventory) or
 * RESERVED (waiting for payments) past its step deadline had an event lost on the way (a Redis
 * restart without persistence, a dead-lettered event): its order.created and order.updated are
 * published again from the outbox, with their ids. Consumers deduplicate; inventory and payments
 * answer a repeated order.created by publishing again what they said about the order, so a lost
 * reservation or payment outcome arrives after all.
 */
export function startSagaSweeper(options: SagaSweeperOptions) {
  const deadlineMs = options.deadlineMs ?? DEFAULT_SAGA_STEP_DEADLINE_MS;
  const batchSize = options.batchSize ?? 100;
  const redriven = new Map<string, number>();
  let running: Promise<number> | null = null;

  async function sweepOnce(): Promise<number> {
    const now = Date.now();
    const stalled = await options.db
      .select({ id: orders.id })
      .from(orders)
      // Checkout orders only (seeded history has no cart).
      .where(and(inArray(orders.status, ['PENDING', 'RESERVED']), isNotNull(orders.cartId), lt(orders.updatedAt, new Date(now - deadlineMs).toISOString())))
      .orderBy(asc(orders.updatedAt))
      .limit(batchSize);
    for (const [id, at] of redriven) if (now - at >= deadlineMs) redriven.delete(id);
    const due = stalled.map((o) => o.id).filter((id) => !redriven.has(id));
    if (!due.length) return 0;
    const events = await republishFromOutbox(options.db, outbox, options.bus, aboutOrders(outbox, due));
    for (const id of due) redriven.set(id, now);
    options.logger.warn('re-driving checkouts past their step deadline', { orders: due.length, events });
    return due.length;
  }

  const sweep = () =>
    (running ??= sweepOnce()
      .catch((error: unknown) => {
        options.logger.error('saga sweep failed; will retry', { error });
        return 0;
      })
      .finally(() => (running = null)));
  const timer = setInterval(() => void sweep(), options.intervalMs ?? Math.max(250, Math.floor(deadlineMs / 2)));
  timer.unref();

  return {
    /** Runs a sweep now (or joins the running one); resolves with how many checkouts it re-drove. */
    sweep,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
