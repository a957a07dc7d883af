import { appendToOutbox, type Database } from '@shop/stores';
import { and, eq } from 'drizzle-orm';
import { canTransition, type OrderStatus } from '../domain/order-status';
import { orderUpdated } from '../events/order-events';
import { normaliseOrder, type OrderRow } from './order-store';
import { orders, orderStatusHistory, outbox, type OrdersSchema } from './schema';

type Db = Database<OrdersSchema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Columns a status change may set together with the status. */
export type TransitionColumns = Partial<Pick<OrderRow, 'carrier' | 'trackingNumber' | 'shippedAt' | 'deliveredAt'>>;

export interface TransitionRequest {
  orderId: string;
  /** Where the caller expects the order to be; the pure transitions table must also allow the move. */
  from: readonly OrderStatus[];
  to: OrderStatus;
  /** Human-readable, recorded in the history and order.updated; may depend on the order (e.g. its currency). */
  reason: string | null | ((order: OrderRow) => string | null);
  set?: TransitionColumns;
  at?: Date;
}

export type TransitionResult = { ok: true; order: OrderRow; previousStatus: OrderStatus } | { ok: false; order: OrderRow | null };

/** Statuses whose reason is the order's failureReason. */
const FAILURES: readonly OrderStatus[] = ['OUT_OF_STOCK', 'PAYMENT_FAILED', 'CANCELLED'];

/** A compare-and-set that lost to a concurrent change re-reads and decides again, a few times. */
const MAX_ATTEMPTS = 5;

/**
 * The one way an order's status changes, inside the caller's transaction: checks the pure
 * transitions table, then `UPDATE ... SET status, version = version + 1 WHERE id AND status AND
 * version` (compare-and-set), records the change in order_status_history and appends order.updated
 * to the outbox. When the order is not where the caller expects, nothing changes and the current
 * row comes back (null when there is no such order).
 */
export async function applyTransition(tx: Tx, request: TransitionRequest): Promise<TransitionResult> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const [found] = await tx.select().from(orders).where(eq(orders.id, request.orderId));
    if (!found) return { ok: false, order: null };
    const current = normaliseOrder(found);
    if (!request.from.includes(current.status) || !canTransition(current.status, request.to)) return { ok: false, order: current };

    const at = (request.at ?? new Date()).toISOString();
    const reason = typeof request.reason === 'function' ? request.reason(current) : request.reason;
    const [changed] = await tx
      .update(orders)
      .set({
        ...request.set,
        status: request.to,
        version: current.version + 1,
        updatedAt: at,
        ...(FAILURES.includes(request.to) ? { failureReason: reason } : {}),
      })
      .where(and(eq(orders.id, current.id), eq(orders.status, current.status), eq(orders.version, current.version)))
      .returning();
    if (!changed) continue;

    const order = normaliseOrder(changed);
    await tx.insert(orderStatusHistory).values({ orderId: order.id, version: order.version, fromStatus: current.status, toStatus: order.status, reason, at });
    await appendToOutbox(tx, outbox, [orderUpdated(order, current.status, reason)]);
    return { ok: true, order, previousStatus: current.status };
  }
  const [latest] = await tx.select().from(orders).where(eq(orders.id, request.orderId));
  return { ok: false, order: latest ? normaliseOrder(latest) : null };
}

/** applyTransition in a transaction of its own (admin mutations). */
export const transitionOrder = (db: Db, request: TransitionRequest) => db.transaction((tx) => applyTransition(tx, request));
