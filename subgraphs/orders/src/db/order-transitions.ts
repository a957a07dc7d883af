import { appendToOutbox, type Database } from '@shop/stores';
import { and, asc, eq } from 'drizzle-orm';
import { financialMachine, type FinancialStatus } from '../domain/financial-status';
import { fulfillmentMachine, type FulfillmentStatus } from '../domain/fulfillment-status';
import { orderLifecycle, type OrderStatus } from '../domain/order-status';
import type { StateMachine } from '../domain/state-machine';
import { orderUpdated, type OrderConfirmationFacts, type OrderStates, type OrderUpdateExtras } from '../events/order-events';
import { normaliseOrder, type OrderRow } from './order-store';
import { orderLines, orders, orderStatusHistory, outbox, type OrdersSchema } from './schema';

type Db = Database<OrdersSchema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Columns a status change may set together with the statuses. */
export type TransitionColumns = Partial<
  Pick<OrderRow, 'carrier' | 'trackingNumber' | 'shippedAt' | 'deliveredAt' | 'reviewDecision' | 'reviewedBy' | 'reviewedAt'>
>;

/** One machine's part of a change. */
export interface Move<S extends string> {
  /** Where the caller expects this machine to be; its transitions table must also allow the move. */
  from: readonly S[];
  to: S;
  /** When this part is not allowed the rest of the change still goes ahead (without it). */
  optional?: boolean;
}

/**
 * One change of an order: a move of one, two or all three of its machines, recorded as one
 * version. It happens when every required part is allowed and at least one part moves.
 */
export interface TransitionRequest {
  orderId: string;
  status?: Move<OrderStatus>;
  fulfillment?: Move<FulfillmentStatus>;
  financial?: Move<FinancialStatus>;
  /** Human-readable, recorded in the history and order.updated; may depend on the order (e.g. its currency). */
  reason: string | null | ((order: OrderRow) => string | null);
  set?: TransitionColumns;
  at?: Date;
  /** The refund that causes this change, carried in its order.updated. */
  refund?: OrderUpdateExtras['refund'];
}

export type TransitionResult = { ok: true; order: OrderRow; previous: OrderStates } | { ok: false; order: OrderRow | null };

/** Statuses whose reason is the order's failureReason. */
const FAILURES: readonly OrderStatus[] = ['OUT_OF_STOCK', 'PAYMENT_FAILED', 'CANCELLED'];

/** A compare-and-set that lost to a concurrent change re-reads and decides again, a few times. */
const MAX_ATTEMPTS = 5;

export const statesOf = (order: OrderRow): OrderStates => ({
  status: order.status,
  fulfillmentStatus: order.fulfillmentStatus,
  financialStatus: order.financialStatus,
});

type Step<S> = { state: S; moved: boolean } | null;

/** Where one machine goes: null when a required part is not allowed; an optional one that is not stays put. */
function step<S extends string>(machine: StateMachine<S>, current: S, move: Move<S> | undefined): Step<S> {
  if (!move) return { state: current, moved: false };
  if (move.from.includes(current) && machine.canTransition(current, move.to)) return { state: move.to, moved: true };
  return move.optional ? { state: current, moved: false } : null;
}

/** The states after the change, or null when the change may not happen. Pure. */
export function nextStates(current: OrderStates, request: Pick<TransitionRequest, 'status' | 'fulfillment' | 'financial'>): OrderStates | null {
  const status = step(orderLifecycle, current.status, request.status);
  const fulfillment = step(fulfillmentMachine, current.fulfillmentStatus, request.fulfillment);
  const financial = step(financialMachine, current.financialStatus, request.financial);
  if (!status || !fulfillment || !financial) return null;
  if (!status.moved && !fulfillment.moved && !financial.moved) return null;
  return { status: status.state, fulfillmentStatus: fulfillment.state, financialStatus: financial.state };
}

/**
 * The one way an order's statuses change, inside the caller's transaction: checks each machine's
 * transitions table, then `UPDATE ... SET ..., version = version + 1 WHERE id AND version`
 * (compare-and-set), records the change in order_status_history and appends order.updated to the
 * outbox. When the order is not where the caller expects, nothing changes and the current row
 * comes back (null when there is no such order).
 */
export async function applyTransition(tx: Tx, request: TransitionRequest): Promise<TransitionResult> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const [found] = await tx.select().from(orders).where(eq(orders.id, request.orderId));
    if (!found) return { ok: false, order: null };
    const current = normaliseOrder(found);
    const previous = statesOf(current);
    const next = nextStates(previous, request);
    if (!next) return { ok: false, order: current };

    const at = (request.at ?? new Date()).toISOString();
    const reason = typeof request.reason === 'function' ? request.reason(current) : request.reason;
    const failed = next.status !== previous.status && FAILURES.includes(next.status);
    const [changed] = await tx
      .update(orders)
      .set({ ...request.set, ...next, version: current.version + 1, updatedAt: at, ...(failed ? { failureReason: reason } : {}) })
      .where(and(eq(orders.id, current.id), eq(orders.version, current.version)))
      .returning();
    if (!changed) continue;

    const order = normaliseOrder(changed);
    await tx.insert(orderStatusHistory).values({
      orderId: order.id,
      version: order.version,
      fromStatus: previous.status,
      toStatus: order.status,
      fromFulfillmentStatus: previous.fulfillmentStatus,
      toFulfillmentStatus: order.fulfillmentStatus,
      fromFinancialStatus: previous.financialStatus,
      toFinancialStatus: order.financialStatus,
      reason,
      at,
    });
    const confirmation = order.status === 'CONFIRMED' && previous.status !== 'CONFIRMED' ? await confirmationOf(tx, order) : undefined;
    await appendToOutbox(tx, outbox, [orderUpdated(order, previous, reason, { confirmation, refund: request.refund })]);
    return { ok: true, order, previous };
  }
  const [latest] = await tx.select().from(orders).where(eq(orders.id, request.orderId));
  return { ok: false, order: latest ? normaliseOrder(latest) : null };
}

/** What the confirmation email needs, read in the transaction that confirms the order (one query). */
async function confirmationOf(tx: Tx, order: OrderRow): Promise<OrderConfirmationFacts> {
  const lines = await tx
    .select({ sku: orderLines.sku, productName: orderLines.productName, quantity: orderLines.quantity, unitPriceMinor: orderLines.unitPriceMinor })
    .from(orderLines)
    .where(eq(orderLines.orderId, order.id))
    .orderBy(asc(orderLines.lineNo));
  return { lines, subtotalMinor: order.subtotalMinor, shippingMinor: order.shippingMinor, taxMinor: order.taxMinor };
}

/** applyTransition in a transaction of its own (admin mutations). */
export const transitionOrder = (db: Db, request: TransitionRequest) => db.transaction((tx) => applyTransition(tx, request));
