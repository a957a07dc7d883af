import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InMemoryEventBus, openRedis } from '@shop/stores';
import { admin, anonymous, customer, postgresTargets, TEST_REDIS_URL, waitFor, type PostgresTarget } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recorder } from './helpers/events';
import { ADD, ADDRESS, CARD, CHECKOUT, startTestOrders, testCatalog, type TestOrders } from './helpers/subgraph';

const { products, events } = testCatalog(1, 1000);
const variantId = products[0]!.variants[0]!.id;

/** A fresh database of the target; PGlite persisted in a temporary folder so that it survives a restart. */
async function openDatabase(target: PostgresTarget) {
  const database = await target.create();
  const dataDir = database.url ? undefined : mkdtempSync(path.join(tmpdir(), 'orders-'));
  return {
    options: { databaseUrl: database.url, dataDir },
    async drop() {
      await database.drop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

for (const target of postgresTargets()) {
  const real = target.skip === false && target.name.includes('real server');
  describe.skipIf(target.skip)(`checkout idempotency and the outbox — ${target.name}${real && TEST_REDIS_URL ? ', carts in real server redis' : ''}`, () => {
    let database: Awaited<ReturnType<typeof openDatabase>>;
    let orders: TestOrders;
    const bus = new InMemoryEventBus();
    const seen = recorder();
    const cartKeyPrefix = `test:cart:${randomUUID()}:`;
    const shopper = customer(`usr_${randomUUID()}`);

    beforeAll(async () => {
      database = await openDatabase(target);
      await bus.subscribe('test', seen.handler, { types: ['order.created'] });
      orders = await startTestOrders({ ...database.options, bus, catalog: events, redisUrl: real ? TEST_REDIS_URL : undefined, cartKeyPrefix });
    });
    afterAll(async () => {
      await orders?.close();
      await database?.drop();
      if (real && TEST_REDIS_URL) {
        const client = await openRedis(TEST_REDIS_URL);
        for await (const keys of client.scanIterator({ MATCH: `${cartKeyPrefix}*`, COUNT: 500 })) if (keys.length) await client.del(keys);
        client.destroy();
      }
    });

    const cart = async () => (await orders.call(ADD, { variantId, quantity: 1 }, anonymous)).data!.addCartLine.cart.id as string;
    const checkout = async (cartId: string, key: string, address = ADDRESS) =>
      (await orders.call(CHECKOUT, { input: { cartId, shippingAddress: address, payment: CARD }, key }, shopper)).data!.checkout;
    const ordersOf = async () =>
      (
        await orders.call(
          'query($c: ID!) { orders(first: 100, filter: { customerId: $c }) { totalCount edges { node { id } } } }',
          { c: shopper.userId },
          admin,
        )
      ).data!.orders;
    const createdFor = (orderId: string) => seen.of<{ orderId: string }>('order.created', (p) => p.orderId === orderId);

    it('the same idempotency key sent 20 times concurrently places one order and announces it once', async () => {
      const before = (await ordersOf()).totalCount;
      const cartId = await cart();
      const key = randomUUID();
      const results = await Promise.all(Array.from({ length: 20 }, () => checkout(cartId, key)));
      expect(results.flatMap((r) => r.userErrors)).toEqual([]);
      const ids = new Set(results.map((r) => r.order?.id));
      expect(ids.size).toBe(1);
      const [orderId] = [...ids] as string[];
      expect((await ordersOf()).totalCount).toBe(before + 1);
      await waitFor(() => createdFor(orderId!).length > 0, { message: 'order.created' });
      await bus.idle();
      expect(createdFor(orderId!)).toHaveLength(1);
      // A later retry with the same key and input still answers with that order.
      expect((await checkout(cartId, key)).order.id).toBe(orderId);
    });

    it('refuses a key reused for another cart or another address', async () => {
      const key = randomUUID();
      const first = await checkout(await cart(), key);
      expect(first.userErrors).toEqual([]);
      expect((await checkout(await cart(), key)).userErrors).toMatchObject([{ code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' }]);
      const other = await cart();
      expect((await checkout(other, randomUUID())).userErrors).toEqual([]);
      expect((await checkout(other, key, { ...ADDRESS, city: 'Salem' })).userErrors.map((e: { code: string }) => e.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    });

    it('checks a cart out once, whatever the keys', async () => {
      const before = (await ordersOf()).totalCount;
      const cartId = await cart();
      const results = await Promise.all(Array.from({ length: 10 }, () => checkout(cartId, randomUUID())));
      const placed = results.filter((r) => r.order);
      expect(placed).toHaveLength(1);
      for (const r of results.filter((x) => !x.order)) expect(['CART_ALREADY_CHECKED_OUT', 'CART_NOT_FOUND']).toContain(r.userErrors[0].code);
      expect((await ordersOf()).totalCount).toBe(before + 1);
    });
  });

  describe.skipIf(!real || !TEST_REDIS_URL)(`a crash right after checkout committed — ${target.name}, carts in real server redis`, () => {
    it('retires the cart left behind: a retry with the same key returns the order, the next addCartLine starts a new cart', async () => {
      const database = await openDatabase(target);
      const prefix = `test:cart:${randomUUID()}:`;
      const orders = await startTestOrders({ ...database.options, catalog: events, redisUrl: TEST_REDIS_URL, cartKeyPrefix: prefix });
      const redis = await openRedis(TEST_REDIS_URL!);
      const shopper = customer(`usr_${randomUUID()}`);
      try {
        const cartId = (await orders.call(ADD, { variantId, quantity: 2 }, shopper)).data!.addCartLine.cart.id as string;
        // What the crash leaves behind: the cart's keys exactly as they were before checkout deleted them.
        const keys: string[] = [];
        for await (const batch of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) keys.push(...batch);
        const backup = `test:backup:${randomUUID()}:`;
        for (const k of keys) await redis.copy(k, backup + k);
        const key = randomUUID();
        const checkout = (k: string) => orders.call(CHECKOUT, { input: { cartId, shippingAddress: ADDRESS, payment: CARD }, key: k }, shopper);
        const placed = (await checkout(key)).data!.checkout;
        expect(placed.userErrors).toEqual([]);
        for (const k of keys) await redis.copy(backup + k, k, { REPLACE: true });
        await redis.del(keys.map((k) => backup + k));

        expect((await checkout(key)).data!.checkout.order.id).toBe(placed.order.id);
        expect((await orders.call('{ myCart { id } }', {}, shopper)).data!.myCart).toBeNull();
        const next = (await orders.call(ADD, { variantId, quantity: 1 }, shopper)).data!.addCartLine;
        expect(next.userErrors).toEqual([]);
        expect(next.cart.id).not.toBe(cartId);
        expect(next.cart.totalQuantity).toBe(1);
        expect((await checkout(randomUUID())).data!.checkout.userErrors.map((e: { code: string }) => e.code)).toEqual(['CART_NOT_FOUND']);
      } finally {
        for await (const batch of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) if (batch.length) await redis.del(batch);
        redis.destroy();
        await orders.close();
        await database.drop();
      }
    });
  });

  describe.skipIf(target.skip)(`outbox across a crash — ${target.name}`, () => {
    it('delivers order.created after a restart when the process died between commit and publish', async () => {
      const database = await openDatabase(target);
      const bus = new InMemoryEventBus();
      const seen = recorder();
      await bus.subscribe('test', seen.handler, { types: ['order.created'] });
      try {
        // No relay: the order and its event are committed, nothing is published (as if the process died right after the commit).
        const crashed = await startTestOrders({ ...database.options, bus, catalog: events, relay: false });
        const cartId = (await crashed.call(ADD, { variantId, quantity: 1 }, anonymous)).data!.addCartLine.cart.id;
        const placed = (await crashed.call(CHECKOUT, { input: { cartId, shippingAddress: ADDRESS, payment: CARD }, key: randomUUID() }, customer('usr_crash')))
          .data!.checkout;
        expect(placed.order.status).toBe('PENDING');
        await crashed.close();
        await bus.idle();
        expect(seen.of('order.created')).toHaveLength(0);

        const restarted = await startTestOrders({ ...database.options, bus, catalog: [] });
        try {
          await waitFor(() => seen.of<{ orderId: string }>('order.created', (p) => p.orderId === placed.order.id).length === 1, {
            message: 'order.created after the restart',
          });
          expect(seen.of('order.created')[0]!.payload).toMatchObject({ orderId: placed.order.id, source: 'checkout', status: 'PENDING' });
        } finally {
          await restarted.close();
        }
      } finally {
        await database.drop();
      }
    });
  });
}
