import { appendToOutbox, type Database } from '@shop/stores';
import { and, eq, sql } from 'drizzle-orm';
import { orderCreated, type OrderCreatedPayload } from '../events/order-events';
import { normaliseOrder, type OrderLineRow, type OrderRow } from './order-store';
import { checkoutRequests, orderLines, orders, outbox, type OrdersSchema } from './schema';

type Db = Database<OrdersSchema>;

export interface PlaceOrderRequest {
  customerId: string;
  idempotencyKey: string;
  /** checkoutFingerprint(): binds the key to this cart, address and card. */
  requestHash: string;
  order: Omit<typeof orders.$inferInsert, 'number' | 'status' | 'customerId'>;
  lines: Omit<OrderLineRow, 'orderId'>[];
  payment: NonNullable<OrderCreatedPayload['payment']>;
}

export type PlaceOrderResult =
  { kind: 'placed'; order: OrderRow } | { kind: 'replayed'; orderId: string } | { kind: 'key-reused' } | { kind: 'cart-checked-out' };

/** What an idempotency key already stands for, if anything. */
export async function findCheckoutRequest(db: Db, customerId: string, key: string): Promise<{ orderId: string; requestHash: string } | undefined> {
  const [row] = await db
    .select({ orderId: checkoutRequests.orderId, requestHash: checkoutRequests.requestHash })
    .from(checkoutRequests)
    .where(and(eq(checkoutRequests.customerId, customerId), eq(checkoutRequests.idempotencyKey, key)));
  return row;
}

export const replayOf = (row: { orderId: string; requestHash: string } | undefined, hash: string): PlaceOrderResult | undefined =>
  row && (row.requestHash === hash ? { kind: 'replayed', orderId: row.orderId } : { kind: 'key-reused' });

class Abort extends Error {
  constructor(readonly result: PlaceOrderResult) {
    super(result.kind);
  }
}

/**
 * Places a checkout order in ONE transaction: the order (PENDING; orders.cart_id is unique), the
 * idempotency row ((customer, key) is unique), the lines and order.created in the outbox.
 * Concurrent duplicates meet at those unique constraints: Postgres makes the later insert wait for
 * the first transaction, then it finds the winner's rows and answers with them.
 */
export async function placeOrder(db: Db, request: PlaceOrderRequest): Promise<PlaceOrderResult> {
  const { customerId, idempotencyKey, requestHash } = request;
  try {
    return await db.transaction(async (tx): Promise<PlaceOrderResult> => {
      const [inserted] = await tx
        .insert(orders)
        .values({ ...request.order, customerId, status: 'PENDING', number: sql`'SO-' || nextval('orders.order_number_seq')` })
        .onConflictDoNothing({ target: orders.cartId })
        .returning();
      if (!inserted) {
        // The cart is taken: by this very request sent earlier (a replay) or by another one.
        return replayOf(await findCheckoutRequest(tx as unknown as Db, customerId, idempotencyKey), requestHash) ?? { kind: 'cart-checked-out' };
      }
      const claimed = await tx
        .insert(checkoutRequests)
        .values({ customerId, idempotencyKey, requestHash, orderId: inserted.id, createdAt: inserted.createdAt })
        .onConflictDoNothing()
        .returning({ orderId: checkoutRequests.orderId });
      if (!claimed.length) {
        // The key was used concurrently for another cart: undo this order.
        throw new Abort(replayOf(await findCheckoutRequest(tx as unknown as Db, customerId, idempotencyKey), requestHash) ?? { kind: 'key-reused' });
      }
      const lines = request.lines.map((line) => ({ ...line, orderId: inserted.id }));
      await tx.insert(orderLines).values(lines);
      const order = normaliseOrder(inserted);
      await appendToOutbox(tx, outbox, [orderCreated({ ...order, lines }, 'checkout', request.payment)]);
      return { kind: 'placed', order };
    });
  } catch (error) {
    if (error instanceof Abort) return error.result;
    throw error;
  }
}
