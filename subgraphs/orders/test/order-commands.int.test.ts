import { randomUUID } from 'node:crypto';
import { openPostgres, type PostgresStore } from '@shop/stores';
import { postgresTargets } from '@shop/testing';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../src/app';
import { applyTransition, transitionOrder } from '../src/db/order-transitions';
import { placeOrder, type PlaceOrderRequest } from '../src/db/place-order';
import { orders, orderStatusHistory, outbox, schema, type OrdersSchema } from '../src/db/schema';
import { canTransition, ORDER_STATUSES } from '../src/domain/order-status';

function request(cartId: string, key: string, hash = `hash_${cartId}`, customerId = 'usr_1'): PlaceOrderRequest {
  const id = `ord_${randomUUID()}`;
  return {
    customerId,
    idempotencyKey: key,
    requestHash: hash,
    order: { id, currencyCode: 'USD', subtotalMinor: 1000, shippingMinor: 599, taxMinor: 80, totalMinor: 1679, cartId },
    lines: [{ id: `${id}_1`, lineNo: 1, productId: 'prd_1', variantId: 'var_1', sku: 'SKU-1', productName: 'One', quantity: 1, unitPriceMinor: 1000 }],
    payment: { token: 'tok_sim_x', brand: 'VISA', last4: '4242' },
  };
}

/** Placing orders and moving them through the lifecycle, on every available Postgres. */
for (const target of postgresTargets()) {
  describe.skipIf(target.skip)(`order commands — ${target.name}`, () => {
    let pg: PostgresStore<OrdersSchema>;
    let drop: () => Promise<void>;
    const eventsOf = async (orderId: string, type: string) =>
      (await pg.db.select().from(outbox).where(eq(outbox.type, type)).orderBy(asc(outbox.seq))).filter(
        (e) => (e.payload as { orderId: string }).orderId === orderId,
      );

    beforeAll(async () => {
      const database = await target.create();
      drop = database.drop;
      pg = await openPostgres({ url: database.url, schema, migrationsFolder, pgSchema: 'orders' });
    });
    afterAll(async () => {
      await pg?.close();
      await drop?.();
    });

    it('places an order PENDING with its lines and order.created in one transaction, numbered from the sequence', async () => {
      const result = await placeOrder(pg.db, request('cart_a', 'k1'));
      expect(result).toMatchObject({
        kind: 'placed',
        order: { status: 'PENDING', version: 0, cartId: 'cart_a', number: expect.stringMatching(/^SO-2\d{5}$/) },
      });
      const orderId = result.kind === 'placed' ? result.order.id : '';
      const [event] = await eventsOf(orderId, 'order.created');
      expect(event?.payload).toMatchObject({ orderId, source: 'checkout', status: 'PENDING', payment: { token: 'tok_sim_x' }, lines: [{ sku: 'SKU-1' }] });
    });

    it('answers a repeated key with the first order, refuses it for other input and a cart placed twice', async () => {
      const first = await placeOrder(pg.db, request('cart_b', 'k2'));
      const orderId = first.kind === 'placed' ? first.order.id : '';
      expect(await placeOrder(pg.db, request('cart_b', 'k2'))).toEqual({ kind: 'replayed', orderId });
      expect(await placeOrder(pg.db, request('cart_c', 'k2'))).toEqual({ kind: 'key-reused' });
      expect(await placeOrder(pg.db, request('cart_b', 'k3'))).toEqual({ kind: 'cart-checked-out' });
      // The same key belongs to each customer separately.
      expect(await placeOrder(pg.db, request('cart_d', 'k2', 'hash_cart_d', 'usr_2'))).toMatchObject({ kind: 'placed' });
      // Nothing was left behind by the refused attempts.
      expect(await pg.db.$count(orders, eq(orders.cartId, 'cart_c'))).toBe(0);
    });

    it('resolves 20 concurrent duplicates through the unique constraints: one order, one event', async () => {
      const results = await Promise.all(Array.from({ length: 20 }, () => placeOrder(pg.db, request('cart_e', 'k4'))));
      const placed = results.filter((r) => r.kind === 'placed');
      expect(placed).toHaveLength(1);
      const orderId = placed[0]!.kind === 'placed' ? placed[0]!.order.id : '';
      expect(results.filter((r) => r.kind === 'replayed').every((r) => r.kind === 'replayed' && r.orderId === orderId)).toBe(true);
      expect(await eventsOf(orderId, 'order.created')).toHaveLength(1);
      const keys = await Promise.all(Array.from({ length: 10 }, (_, i) => placeOrder(pg.db, request('cart_f', `k5_${i}`))));
      expect(keys.filter((r) => r.kind === 'placed')).toHaveLength(1);
      expect(keys.filter((r) => r.kind === 'cart-checked-out')).toHaveLength(9);
    });

    it('refuses every illegal transition and changes nothing; applies every legal one with history and order.updated', async () => {
      const placed = await placeOrder(pg.db, request('cart_g', 'k6'));
      const orderId = placed.kind === 'placed' ? placed.order.id : '';
      for (const from of ORDER_STATUSES) {
        for (const to of ORDER_STATUSES) {
          await pg.db.update(orders).set({ status: from, version: 0 }).where(eq(orders.id, orderId));
          await pg.db.delete(orderStatusHistory).where(eq(orderStatusHistory.orderId, orderId));
          const updatesBefore = (await eventsOf(orderId, 'order.updated')).length;
          const result = await transitionOrder(pg.db, { orderId, status: { from: ORDER_STATUSES, to }, reason: `${from} to ${to}` });
          const [row] = await pg.db.select().from(orders).where(eq(orders.id, orderId));
          const history = await pg.db.select().from(orderStatusHistory).where(eq(orderStatusHistory.orderId, orderId));
          const updates = await eventsOf(orderId, 'order.updated');
          if (canTransition(from, to)) {
            expect(result.ok, `${from} -> ${to}`).toBe(true);
            expect(row).toMatchObject({ status: to, version: 1 });
            expect(history).toMatchObject([{ version: 1, fromStatus: from, toStatus: to, reason: `${from} to ${to}` }]);
            expect(updates.at(-1)?.payload).toMatchObject({ status: to, previousStatus: from, version: 1, reason: `${from} to ${to}` });
          } else {
            expect(result, `${from} -> ${to}`).toMatchObject({ ok: false, order: { status: from } });
            expect(row).toMatchObject({ status: from, version: 0 });
            expect(history).toEqual([]);
            expect(updates).toHaveLength(updatesBefore);
          }
        }
      }
    });

    it('lets exactly one of two racing transitions win (compare-and-set)', async () => {
      const placed = await placeOrder(pg.db, request('cart_h', 'k7'));
      const orderId = placed.kind === 'placed' ? placed.order.id : '';
      await pg.db.update(orders).set({ status: 'RESERVED' }).where(eq(orders.id, orderId));
      const results = await Promise.all([
        pg.db.transaction((tx) => applyTransition(tx, { orderId, status: { from: ['RESERVED'], to: 'CONFIRMED' }, reason: null })),
        pg.db.transaction((tx) => applyTransition(tx, { orderId, status: { from: ['RESERVED'], to: 'PAYMENT_FAILED' }, reason: 'declined' })),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      const [row] = await pg.db.select().from(orders).where(eq(orders.id, orderId));
      expect(row!.version).toBe(1);
      expect(await pg.db.$count(orderStatusHistory, eq(orderStatusHistory.orderId, orderId))).toBe(1);
      expect(await transitionOrder(pg.db, { orderId: 'ord_missing', status: { from: ['PENDING'], to: 'RESERVED' }, reason: null })).toEqual({
        ok: false,
        order: null,
      });
    });
  });
}
