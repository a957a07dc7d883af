import { createLogger } from '@shop/kit';
import { newEvent, openPostgres, type PostgresStore } from '@shop/stores';
import { postgresTargets, waitFor } from '@shop/testing';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../src/app';
import { createInventoryStore, type InventoryStore } from '../src/db/inventory-store';
import { createReservationStore, type ReservationStore } from '../src/db/reservation-store';
import { outbox, processedEvents, schema, stockLevels, type InventorySchema } from '../src/db/schema';
import { adjustmentRequestHash } from '../src/domain/adjustment';
import type { OrderLineDemand } from '../src/domain/allocation';
import type { SettlingOrderStatus } from '../src/domain/reservation';
import { sagaHandlers } from '../src/events/consumer';
import { startReservationSweeper } from '../src/services/reservation-sweeper';

const WAREHOUSES = [
  { id: 'wh_a', code: 'A', name: 'Warehouse A', city: 'Austin' },
  { id: 'wh_b', code: 'B', name: 'Warehouse B', city: 'Boston' },
];
const level = (warehouseId: string, productId: string, variantId: string, quantityOnHand: number) => ({
  warehouseId,
  productId,
  variantId,
  sku: `SKU-${variantId}`,
  quantityOnHand,
  reserved: 0,
});
const LEVELS = [
  level('wh_a', 'p_race', 'v_race', 1),
  level('wh_a', 'p_math', 'v_math', 10),
  level('wh_a', 'p_split', 'v_split', 2),
  level('wh_b', 'p_split', 'v_split', 3),
  level('wh_a', 'p_dup', 'v_dup', 5),
  level('wh_a', 'p_exp', 'v_exp', 8),
  level('wh_a', 'p_multi', 'v_x', 10),
  level('wh_b', 'p_multi', 'v_x', 10),
  level('wh_a', 'p_multi', 'v_y', 10),
  level('wh_b', 'p_multi', 'v_y', 10),
];

const T0 = new Date('2030-01-01T00:00:00.000Z');
const checkout = (orderId: string, lines: OrderLineDemand[], source = 'checkout') =>
  newEvent('order.created', {
    orderId,
    number: `N-${orderId}`,
    customerId: 'usr_1',
    currencyCode: 'USD',
    totalMinor: 100,
    createdAt: T0.toISOString(),
    source,
    status: 'PENDING',
    lines: lines.map((l) => ({ productId: 'p', sku: 'S', unitPriceMinor: 100, ...l })),
  });
const updated = (orderId: string, status: SettlingOrderStatus) => newEvent('order.updated', { orderId, status, previousStatus: 'RESERVED', version: 2 });

/** The ReservationStore contract, with the saga consumer and the sweeper on top of it. */
for (const target of postgresTargets()) {
  describe.skipIf(target.skip)(`ReservationStore contract — ${target.name}`, () => {
    let pg: PostgresStore<InventorySchema>;
    let inventory: InventoryStore;
    let store: ReservationStore;
    let drop: () => Promise<void>;

    beforeAll(async () => {
      const database = await target.create();
      drop = database.drop;
      pg = await openPostgres({ url: database.url, schema, migrationsFolder, pgSchema: 'inventory' });
      inventory = createInventoryStore(pg.db);
      store = createReservationStore(pg.db);
      await inventory.seed({ warehouses: WAREHOUSES, levels: LEVELS, events: [] });
    });
    afterAll(async () => {
      await pg?.close();
      await drop?.();
    });

    const reserve = (orderId: string, lines: OrderLineDemand[], ttlSeconds = 900, now = T0) =>
      store.reserve({ event: checkout(orderId, lines), order: { orderId, lines }, now, ttlSeconds });
    const settle = (orderId: string, status: SettlingOrderStatus) => store.settle({ event: updated(orderId, status), orderId, orderStatus: status });
    const levelOf = async (warehouseId: string, variantId: string) =>
      (await inventory.levelsByVariantIds([variantId])).find((l) => l.warehouseId === warehouseId)!;
    const reservationOf = async (orderId: string) => (await store.reservationsByOrderIds([orderId]))[0];
    const eventsOf = async (type: string) =>
      (await pg.db.select().from(outbox).where(eq(outbox.type, type)).orderBy(asc(outbox.seq))).map((row) => row.payload as Record<string, any>);
    const eventsFor = async (type: string, orderId: string) => (await eventsOf(type)).filter((p) => p.orderId === orderId);

    it('lets exactly one of 100 concurrent reservations take the last unit, and stock never goes negative', async () => {
      const outcomes = await Promise.all(Array.from({ length: 100 }, (_, i) => reserve(`race-${i}`, [{ variantId: 'v_race', quantity: 1 }])));
      expect(outcomes.filter((o) => o.kind === 'reserved')).toHaveLength(1);
      expect(outcomes.filter((o) => o.kind === 'failed')).toHaveLength(99);
      expect(await levelOf('wh_a', 'v_race')).toMatchObject({ quantityOnHand: 1, reserved: 1 });
      const active = (await store.reservationsByOrderIds(outcomes.map((_, i) => `race-${i}`))).filter((r) => r.status === 'ACTIVE');
      expect(active).toHaveLength(1);
      expect((await eventsOf('inventory.reserved')).filter((p) => String(p.orderId).startsWith('race-'))).toHaveLength(1);
      const failures = (await eventsOf('inventory.reservation_failed')).filter((p) => String(p.orderId).startsWith('race-'));
      expect(failures).toHaveLength(99);
      expect(failures[0]).toEqual({ orderId: expect.any(String), reason: 'OUT_OF_STOCK', shortages: [{ variantId: 'v_race', requested: 1, available: 0 }] });
      const stockChanges = (await eventsOf('inventory.stock_changed')).filter((p) => p.productId === 'p_race');
      expect(stockChanges.at(-1)).toEqual({ productId: 'p_race', available: 0, inStock: false, variants: [{ variantId: 'v_race', available: 0 }] });
      const [broken] = await pg.db
        .select({ n: sql`count(*)`.mapWith(Number) })
        .from(stockLevels)
        .where(sql`${stockLevels.reserved} < 0 or ${stockLevels.quantityOnHand} < ${stockLevels.reserved}`);
      expect(broken?.n).toBe(0);
    });

    it('reserves, commits and restocks with the right arithmetic and events', async () => {
      const outcome = await reserve('o-commit', [{ variantId: 'v_math', quantity: 3 }]);
      expect(outcome).toEqual({
        kind: 'reserved',
        reservationId: expect.stringMatching(/^rsv_/),
        expiresAt: '2030-01-01T00:15:00.000Z',
        allocations: [{ variantId: 'v_math', warehouseId: 'wh_a', quantity: 3 }],
      });
      expect(await levelOf('wh_a', 'v_math')).toMatchObject({ quantityOnHand: 10, reserved: 3 });
      expect(await eventsFor('inventory.reserved', 'o-commit')).toEqual([
        {
          orderId: 'o-commit',
          reservationId: expect.any(String),
          expiresAt: '2030-01-01T00:15:00.000Z',
          allocations: [{ variantId: 'v_math', warehouseId: 'wh_a', quantity: 3 }],
        },
      ]);
      expect((await eventsOf('inventory.stock_changed')).filter((p) => p.productId === 'p_math').at(-1)).toMatchObject({ available: 7 });

      expect(await settle('o-commit', 'CONFIRMED')).toMatchObject({ kind: 'settled', action: 'commit' });
      expect(await levelOf('wh_a', 'v_math')).toMatchObject({ quantityOnHand: 7, reserved: 0 });
      expect(await reservationOf('o-commit')).toMatchObject({ status: 'COMMITTED' });
      // A second CONFIRMED (another event id) changes nothing.
      expect(await settle('o-commit', 'CONFIRMED')).toMatchObject({ kind: 'unchanged' });
      expect(await levelOf('wh_a', 'v_math')).toMatchObject({ quantityOnHand: 7, reserved: 0 });

      expect(await settle('o-commit', 'CANCELLED')).toMatchObject({ kind: 'settled', action: 'restock' });
      expect(await levelOf('wh_a', 'v_math')).toMatchObject({ quantityOnHand: 10, reserved: 0 });
      expect(await reservationOf('o-commit')).toMatchObject({ status: 'RELEASED' });
      expect(await eventsFor('inventory.released', 'o-commit')).toEqual([
        { orderId: 'o-commit', reservationId: expect.any(String), reason: 'ORDER_CANCELLED' },
      ]);
      expect(await settle('o-commit', 'CANCELLED')).toMatchObject({ kind: 'unchanged' });
      expect(await levelOf('wh_a', 'v_math')).toMatchObject({ quantityOnHand: 10 });
    });

    it('releases an active reservation when payment fails or the order is cancelled', async () => {
      await reserve('o-failed', [{ variantId: 'v_math', quantity: 4 }]);
      await reserve('o-cancel', [{ variantId: 'v_math', quantity: 2 }]);
      expect(await levelOf('wh_a', 'v_math')).toMatchObject({ quantityOnHand: 10, reserved: 6 });
      // Reserved units cannot be removed by an adjustment.
      const input = { variantId: 'v_math', warehouseId: 'wh_a', delta: -5, reason: 'count' };
      const refused = await inventory.adjust({ input, idempotencyKey: 'adj-below-reserved', requestHash: adjustmentRequestHash(input), actorId: null });
      expect(refused.userErrors.map((e) => e.code)).toEqual(['INSUFFICIENT_STOCK']);

      expect(await settle('o-failed', 'PAYMENT_FAILED')).toMatchObject({ kind: 'settled', action: 'release' });
      expect(await settle('o-cancel', 'CANCELLED')).toMatchObject({ kind: 'settled', action: 'release' });
      expect(await levelOf('wh_a', 'v_math')).toMatchObject({ quantityOnHand: 10, reserved: 0 });
      expect((await eventsFor('inventory.released', 'o-failed'))[0]).toMatchObject({ reason: 'PAYMENT_FAILED' });
      expect((await eventsFor('inventory.released', 'o-cancel'))[0]).toMatchObject({ reason: 'ORDER_CANCELLED' });
      // Paying a released order does not take stock again; an unknown order has nothing to settle.
      expect(await settle('o-failed', 'CONFIRMED')).toMatchObject({ kind: 'unchanged' });
      expect(await settle('o-never-reserved', 'CANCELLED')).toEqual({ kind: 'unchanged', why: 'no reservation' });
      expect(await levelOf('wh_a', 'v_math')).toMatchObject({ quantityOnHand: 10, reserved: 0 });
    });

    it('splits a reservation across warehouses when no single one has enough', async () => {
      await reserve('o-split', [{ variantId: 'v_split', quantity: 4 }]);
      expect((await reservationOf('o-split'))?.allocations).toEqual([
        { variantId: 'v_split', warehouseId: 'wh_a', quantity: 1 },
        { variantId: 'v_split', warehouseId: 'wh_b', quantity: 3 },
      ]);
      expect(await levelOf('wh_a', 'v_split')).toMatchObject({ quantityOnHand: 2, reserved: 1 });
      expect(await levelOf('wh_b', 'v_split')).toMatchObject({ quantityOnHand: 3, reserved: 3 });
      // wh_b ends at 0 available, wh_a at 1: both at or under the threshold of 5.
      expect((await eventsOf('inventory.low_stock')).filter((p) => p.variantId === 'v_split')).toEqual([
        { productId: 'p_split', variantId: 'v_split', warehouseId: 'wh_a', available: 1, threshold: 5 },
        { productId: 'p_split', variantId: 'v_split', warehouseId: 'wh_b', available: 0, threshold: 5 },
      ]);
      expect(await settle('o-split', 'CONFIRMED')).toMatchObject({ kind: 'settled' });
      expect(await levelOf('wh_a', 'v_split')).toMatchObject({ quantityOnHand: 1, reserved: 0 });
      expect(await levelOf('wh_b', 'v_split')).toMatchObject({ quantityOnHand: 0, reserved: 0 });
    });

    it('handles the same order.created twice, sequentially or concurrently, as one reservation', async () => {
      const handlers = sagaHandlers(store, { ttlSeconds: 900, logger: createLogger('silent'), clock: () => T0 });
      const event = checkout('o-dup', [{ variantId: 'v_dup', quantity: 2 }]);
      await handlers['order.created']!(event);
      await handlers['order.created']!(event);
      await Promise.all([event, event, checkout('o-dup', [{ variantId: 'v_dup', quantity: 2 }])].map((e) => handlers['order.created']!(e)));
      expect(await levelOf('wh_a', 'v_dup')).toMatchObject({ reserved: 2 });
      expect(await eventsFor('inventory.reserved', 'o-dup')).toHaveLength(1);
      const concurrent = checkout('o-dup-2', [{ variantId: 'v_dup', quantity: 1 }]);
      const outcomes = await Promise.all(
        Array.from({ length: 10 }, () =>
          store.reserve({ event: concurrent, order: { orderId: 'o-dup-2', lines: [{ variantId: 'v_dup', quantity: 1 }] }, now: T0, ttlSeconds: 900 }),
        ),
      );
      expect(outcomes.filter((o) => o.kind === 'reserved')).toHaveLength(1);
      expect(await levelOf('wh_a', 'v_dup')).toMatchObject({ reserved: 3 });
    });

    it('ignores seeded history orders without touching the database', async () => {
      const handlers = sagaHandlers(store, { ttlSeconds: 900, logger: createLogger('silent') });
      const history = checkout('o-history', [{ variantId: 'v_dup', quantity: 1 }], 'history');
      await handlers['order.created']!(history);
      expect(await reservationOf('o-history')).toBeUndefined();
      expect(await pg.db.select().from(processedEvents).where(eq(processedEvents.eventId, history.id))).toEqual([]);
      expect(await levelOf('wh_a', 'v_dup')).toMatchObject({ reserved: 3 });
    });

    it('expires lapsed reservations, but never one committed first', async () => {
      await reserve('o-lapse', [{ variantId: 'v_exp', quantity: 1 }], 60);
      await reserve('o-paid', [{ variantId: 'v_exp', quantity: 1 }], 60);
      await reserve('o-later', [{ variantId: 'v_exp', quantity: 1 }], 600);
      await settle('o-paid', 'CONFIRMED');
      expect(await store.expireDue(new Date(T0.getTime() + 59_000), 10)).toBe(0);
      expect(await store.expireDue(new Date(T0.getTime() + 61_000), 10)).toBe(1);
      expect(await reservationOf('o-lapse')).toMatchObject({ status: 'EXPIRED' });
      expect(await reservationOf('o-paid')).toMatchObject({ status: 'COMMITTED' });
      expect(await reservationOf('o-later')).toMatchObject({ status: 'ACTIVE' });
      expect(await levelOf('wh_a', 'v_exp')).toMatchObject({ quantityOnHand: 7, reserved: 1 });
      expect(await eventsFor('inventory.released', 'o-lapse')).toEqual([{ orderId: 'o-lapse', reservationId: expect.any(String), reason: 'EXPIRED' }]);
      // Cancelling the lapsed order afterwards changes nothing more.
      expect(await settle('o-lapse', 'CANCELLED')).toMatchObject({ kind: 'unchanged' });
      expect(await levelOf('wh_a', 'v_exp')).toMatchObject({ quantityOnHand: 7, reserved: 1 });
    });

    it('fills an order paid after its reservation lapsed while the units are still free', async () => {
      expect(await settle('o-lapse', 'CONFIRMED')).toMatchObject({ kind: 'settled', action: 'late-commit' });
      expect(await reservationOf('o-lapse')).toMatchObject({ status: 'COMMITTED' });
      expect(await levelOf('wh_a', 'v_exp')).toMatchObject({ quantityOnHand: 6, reserved: 1 });
    });

    it('leaves an order paid after its lapsed units were sold again unfilled, taking nothing', async () => {
      await reserve('o-gone-2', [{ variantId: 'v_split', quantity: 1 }], 1, new Date(T0.getTime() - 3_600_000));
      expect(await store.expireDue(T0, 10)).toBe(1);
      expect(await levelOf('wh_a', 'v_split')).toMatchObject({ quantityOnHand: 1, reserved: 0 });
      await reserve('o-buyer', [{ variantId: 'v_split', quantity: 1 }]);
      expect(await settle('o-gone-2', 'CONFIRMED')).toMatchObject({ kind: 'unchanged', oversold: true });
      expect(await reservationOf('o-gone-2')).toMatchObject({ status: 'EXPIRED' });
      expect(await levelOf('wh_a', 'v_split')).toMatchObject({ quantityOnHand: 1, reserved: 1 });
    });

    it('releases a reservation with a 1 s lifetime through the sweeper', async () => {
      const sweeper = startReservationSweeper(store, { intervalMs: 50, logger: createLogger('silent'), batchSize: 2 });
      try {
        await Promise.all(['o-ttl-1', 'o-ttl-2', 'o-ttl-3'].map((id) => reserve(id, [{ variantId: 'v_exp', quantity: 1 }], 1, new Date())));
        expect(await levelOf('wh_a', 'v_exp')).toMatchObject({ quantityOnHand: 6, reserved: 4 });
        await waitFor(async () => (await store.reservationsByOrderIds(['o-ttl-1', 'o-ttl-2', 'o-ttl-3'])).every((r) => r.status === 'EXPIRED'), {
          message: 'three reservations to expire',
        });
        expect(await levelOf('wh_a', 'v_exp')).toMatchObject({ quantityOnHand: 6, reserved: 1 });
        expect(await reservationOf('o-later')).toMatchObject({ status: 'ACTIVE' });
      } finally {
        await sweeper.stop();
      }
    });

    it('runs concurrent multi-line reservations over shared levels without deadlock or overselling', async () => {
      const orders = Array.from({ length: 30 }, (_, i) => ({
        orderId: `multi-${i}`,
        lines:
          i % 2
            ? [
                { variantId: 'v_x', quantity: 1 },
                { variantId: 'v_y', quantity: 1 },
              ]
            : [
                { variantId: 'v_y', quantity: 1 },
                { variantId: 'v_x', quantity: 1 },
              ],
      }));
      const outcomes = await Promise.all(orders.map((o) => reserve(o.orderId, o.lines)));
      // 20 of each variant exist: exactly 20 orders fit.
      expect(outcomes.filter((o) => o.kind === 'reserved')).toHaveLength(20);
      const levels = await inventory.levelsByProductIds(['p_multi']);
      expect(levels.map((l) => l.reserved)).toEqual([10, 10, 10, 10]);
      const stockChanges = (await eventsOf('inventory.stock_changed')).filter((p) => p.productId === 'p_multi');
      expect(stockChanges.at(-1)).toMatchObject({ available: 0, inStock: false });
    });
  });
}
