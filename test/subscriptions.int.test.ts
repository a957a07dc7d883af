import { randomUUID } from 'node:crypto';
import { demoCatalog, demoUsers, DEMO_CREDENTIALS } from '@shop/demo-data';
import { createLogger, DEMO_SECRETS } from '@shop/kit';
import { openRedis } from '@shop/stores';
import { createTestDatabase, TEST_DATABASE_URL, TEST_REDIS_URL, waitFor } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../scripts/stack';
import { LiveClient, type Recorded } from './live-client';
import { startChild, type ChildService } from './processes';
import { Shopper } from './shopper';
import { bootStack, JWT, login, stackTargets } from './support';

/**
 * Live order tracking as a shopper meets it: a real graphql-ws client through the gateway, events
 * carrying fields from five subgraphs, access rules, and resuming after a disconnect.
 */
const TRACK = `subscription($id: ID!, $since: Int) {
  orderUpdated(orderId: $id, sinceVersion: $since) {
    version status previousStatus fulfillmentStatus financialStatus previousFinancialStatus reason occurredAt
    order {
      id status
      customer { name }
      lines { quantity product { name } variant { id inventory { available } } }
      payments { status }
    }
  }
}`;
const { products } = demoCatalog();
const otherCustomerEmail = demoUsers().find((u) => u.id === 'usr_0002')!.email;
/** Each test orders its own product, so stock figures do not mix. */
const productFor = (() => {
  let next = 300;
  return () => products[next++]!;
})();

for (const target of stackTargets) {
  describe.skipIf(target.skip)(`live order tracking through the gateway — ${target.name}`, () => {
    let stack: Awaited<ReturnType<typeof bootStack>>;
    let admin: Shopper;
    let customer: Shopper;
    let customerToken: string;
    const clients: LiveClient[] = [];
    const connect = (token?: string) => {
      const client = new LiveClient(stack.gateway.url, token);
      clients.push(client);
      return client;
    };

    beforeAll(async () => {
      stack = await bootStack(target);
      const url = stack.gateway.url;
      admin = new Shopper(url, await login(url, DEMO_CREDENTIALS.admin.email, DEMO_CREDENTIALS.admin.password));
      customerToken = await login(url, DEMO_CREDENTIALS.customer.email, DEMO_CREDENTIALS.customer.password);
      customer = new Shopper(url, customerToken);
    });
    afterAll(async () => {
      await Promise.all(clients.map((c) => c.dispose()));
      await stack?.dispose();
    });

    /** A CONFIRMED order of the demo customer (versions 1 RESERVED, 2 payment AUTHORIZED, 3 CONFIRMED) and what it bought. */
    async function confirmedOrder() {
      const product = productFor();
      const variant = product.variants[0]!;
      // An anonymous cart: the demo customer's own cart holds seeded lines.
      const placed = await customer.checkout(await new Shopper(stack.gateway.url).cartWith(variant.id, 2));
      expect(placed.userErrors).toEqual([]);
      const settled = await customer.settled(placed.order!.id);
      expect(settled.status, JSON.stringify(settled)).toBe('CONFIRMED');
      return { id: placed.order!.id, product, variant };
    }
    const ship = async (id: string) =>
      expect((await admin.orderMutation('shipOrder', { input: { orderId: id, carrier: 'UPS', trackingNumber: '1Z999' } })).data.shipOrder.userErrors).toEqual(
        [],
      );
    const deliver = async (id: string) =>
      expect((await admin.orderMutation('markOrderDelivered', { orderId: id })).data.markOrderDelivered.userErrors).toEqual([]);
    const received = (sub: Recorded, count: number, what: string) => waitFor(() => sub.events.length >= count, { timeoutMs: 30_000, message: what });

    it('delivers each status change of a checked-out order with fields from five subgraphs, matching queries', async () => {
      const { id, product, variant } = await confirmedOrder();
      const sub = connect(customerToken).subscribe(TRACK, { id, since: 0 }, 'orderUpdated');
      await received(sub, 3, 'the replayed RESERVED, AUTHORIZED and CONFIRMED changes');
      await ship(id);
      await received(sub, 4, 'the FULFILLED change');
      await deliver(id);
      await received(sub, 5, 'the DELIVERED change');
      expect(sub.codes).toEqual([]);
      expect(sub.events.map((e) => [e.version, e.previousStatus, e.status, e.fulfillmentStatus, e.financialStatus])).toEqual([
        [1, 'PENDING', 'RESERVED', 'UNFULFILLED', 'PENDING'],
        [2, 'RESERVED', 'RESERVED', 'UNFULFILLED', 'AUTHORIZED'],
        [3, 'RESERVED', 'CONFIRMED', 'UNFULFILLED', 'PAID'],
        [4, 'CONFIRMED', 'FULFILLED', 'FULFILLED', 'PAID'],
        [5, 'FULFILLED', 'DELIVERED', 'DELIVERED', 'PAID'],
      ]);
      expect(sub.events[3].reason).toBe('Shipped with UPS, tracking number 1Z999.');

      // The values other subgraphs contributed equal what queries answer now.
      const now = await customer.call(
        `query($id: ID!, $p: ID!) { me { name } product(id: $p) { name variants { id inventory { available } } } order(id: $id) { payments { status } statusHistory { version at } } }`,
        { id, p: product.id },
      );
      const available = now.product.variants.find((v: { id: string }) => v.id === variant.id).inventory.available;
      const last = sub.events[4];
      expect(last.order).toEqual({
        id,
        status: 'DELIVERED',
        customer: { name: now.me.name },
        lines: [{ quantity: 2, product: { name: product.name }, variant: { id: variant.id, inventory: { available } } }],
        payments: [{ status: 'CAPTURED' }],
      });
      expect(now.me.name).toBeTruthy();
      expect(sub.events.map((e) => e.occurredAt)).toEqual(now.order.statusHistory.map((h: { at: string }) => h.at));
      expect(typeof available).toBe('number');
      sub.stop();
    });

    it("refuses another customer's order (FORBIDDEN) and anonymous subscribers (UNAUTHENTICATED), with no event", async () => {
      const { id } = await confirmedOrder();
      const other = connect(await login(stack.gateway.url, otherCustomerEmail, DEMO_CREDENTIALS.customer.password)).subscribe(
        TRACK,
        { id, since: 0 },
        'orderUpdated',
      );
      const anonymous = connect().subscribe(TRACK, { id, since: 0 }, 'orderUpdated');
      const dashboard = connect(customerToken).subscribe('subscription { ordersUpdated { version } }', {}, 'ordersUpdated');
      await waitFor(() => other.done && anonymous.done && dashboard.done, { timeoutMs: 30_000, message: 'the refusals' });
      expect(other.codes).toEqual(['FORBIDDEN']);
      expect(anonymous.codes).toEqual(['UNAUTHENTICATED']);
      expect(dashboard.codes).toEqual(['FORBIDDEN']);
      await ship(id);
      // The owner, subscribing now from version 3, gets the shipment: the order existed all along.
      const owner = connect(customerToken).subscribe(TRACK, { id, since: 3 }, 'orderUpdated');
      await received(owner, 1, "the owner's event");
      expect([other, anonymous, dashboard].flatMap((s) => s.events)).toEqual([]);
      owner.stop();
    });

    it('resumes after a disconnect: the two missed changes first, then live ones', async () => {
      const { id } = await confirmedOrder();
      const staffDashboard = connect(admin.token).subscribe(
        'subscription { ordersUpdated { version status financialStatus order { id } } }',
        {},
        'ordersUpdated',
      );
      const first = connect(customerToken);
      const before = first.subscribe(TRACK, { id, since: 0 }, 'orderUpdated');
      await received(before, 3, 'the history');
      const lastSeen = before.events.at(-1).version as number;
      await first.dispose();

      await ship(id);
      await deliver(id);
      await waitFor(async () => (await customer.order(id)).version === 5, { message: 'both changes to be made' });
      expect(before.events).toHaveLength(3);

      const resumed = connect(customerToken).subscribe(TRACK, { id, since: lastSeen }, 'orderUpdated');
      await received(resumed, 2, 'the two missed changes');
      const { payments } = await admin.order(id);
      const refund = await admin.refund(payments[0].id, '1.00');
      expect(refund.userErrors).toEqual([]);
      await received(resumed, 3, 'the live refund change');
      // The refund moves the money only: the order still says it was delivered.
      expect(resumed.events.map((e) => [e.version, e.status, e.financialStatus])).toEqual([
        [4, 'FULFILLED', 'PAID'],
        [5, 'DELIVERED', 'PAID'],
        [6, 'DELIVERED', 'PARTIALLY_REFUNDED'],
      ]);
      expect(resumed.codes).toEqual([]);
      // Staff dashboards see every order's live changes (the refund at least: it came long after subscribing).
      const onDashboard = () => staffDashboard.events.filter((e) => e.order.id === id);
      await waitFor(() => onDashboard().some((e) => e.version === 6), { timeoutMs: 30_000, message: 'the dashboard' });
      expect(onDashboard().at(-1)).toEqual({ version: 6, status: 'DELIVERED', financialStatus: 'PARTIALLY_REFUNDED', order: { id } });
      resumed.stop();
      staffDashboard.stop();
    });
  });
}

/**
 * Two orders-subgraph processes and two gateway processes over the real Postgres and Redis (the
 * other subgraphs run in this process, on the same database and event stream): a change made
 * through gateway A and orders A reaches a subscriber of gateway B, whose subscription lives on
 * orders B.
 */
const real = stackTargets.find((t) => t.real)!;
describe.skipIf(real.skip)(`live order tracking across processes — ${real.name}`, () => {
  const stream = `test:events:${randomUUID()}`;
  const cartKeyPrefix = `test:cart:${stream.slice(-12)}:`;
  const children: ChildService[] = [];
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let stack: Stack | undefined;
  let gatewayA: ChildService;
  let gatewayB: ChildService;
  let client: LiveClient | undefined;

  beforeAll(async () => {
    database = await createTestDatabase(TEST_DATABASE_URL!);
    const shared = { REDIS_URL: TEST_REDIS_URL!, GATEWAY_SECRET: DEMO_SECRETS.GATEWAY_SECRET, EVENT_STREAM: stream };
    const ordersEnv = { ...shared, DATABASE_URL: database.url, SEED_DEMO_DATA: 'false', CART_KEY_PREFIX: cartKeyPrefix };
    // One after the other: the first applies the migrations.
    // Two replicas on one host: each needs a replica id of its own (the default is the host name).
    const ordersA = await startChild('orders A', 'subgraphs/orders/src/main.ts', { ...ordersEnv, REPLICA_ID: 'a' }).then(keep);
    const ordersB = await startChild('orders B', 'subgraphs/orders/src/main.ts', { ...ordersEnv, REPLICA_ID: 'b' }).then(keep);
    stack = await startStack({
      logger: createLogger('error'),
      ports: 'ephemeral',
      databaseUrl: database.url,
      redisUrl: TEST_REDIS_URL,
      eventStream: stream,
      cartKeyPrefix,
      gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET,
      jwt: JWT,
      seed: true,
      externalSubgraphs: { orders: ordersA.url },
    });
    // Orders' catalogue read model is built from products' and inventory's seeding events.
    await waitFor(
      async () => {
        const { published, pending } = await stack!.bus.backlog();
        return published >= 1040 && pending === 0;
      },
      { timeoutMs: 180_000, intervalMs: 100, message: 'the seeding events to be handled by both orders processes and the stack' },
    );
    const others = Object.fromEntries(
      Object.entries(stack.subgraphs)
        .filter(([name]) => name !== 'orders')
        .map(([name, s]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, s.url]),
    );
    [gatewayA, gatewayB] = await Promise.all([
      startChild('gateway A', 'gateway/src/main.ts', { ...shared, ...others, SUBGRAPH_ORDERS_URL: ordersA.url }).then(keep),
      startChild('gateway B', 'gateway/src/main.ts', { ...shared, ...others, SUBGRAPH_ORDERS_URL: ordersB.url }).then(keep),
    ]);
  }, 300_000);
  function keep(child: ChildService) {
    children.push(child);
    return child;
  }
  afterAll(async () => {
    await client?.dispose();
    await Promise.all(children.map((c) => c.stop()));
    await stack?.close();
    const redis = await openRedis(TEST_REDIS_URL!);
    await redis.del(stream);
    for await (const keys of redis.scanIterator({ MATCH: `${cartKeyPrefix}*`, COUNT: 500 })) if (keys.length) await redis.del(keys);
    redis.destroy();
    await database?.drop();
  }, 60_000);

  it('delivers a change made through gateway A and orders A to a subscriber of gateway B and orders B', async () => {
    const product = products[400]!;
    const customerToken = await login(gatewayA.url, DEMO_CREDENTIALS.customer.email, DEMO_CREDENTIALS.customer.password);
    const customer = new Shopper(gatewayA.url, customerToken);
    const admin = new Shopper(gatewayA.url, await login(gatewayA.url, DEMO_CREDENTIALS.admin.email, DEMO_CREDENTIALS.admin.password));
    const placed = await customer.checkout(await new Shopper(gatewayA.url).cartWith(product.variants[0]!.id, 1));
    expect(placed.userErrors).toEqual([]);
    const id = placed.order!.id;
    expect((await customer.settled(id)).status).toBe('CONFIRMED');

    client = new LiveClient(gatewayB.url, customerToken);
    const sub = client.subscribe(TRACK, { id, since: 2 }, 'orderUpdated');
    // The replayed CONFIRMED change proves the subscription is open on orders B (subscribed, then read).
    await waitFor(() => sub.events.length === 1, { timeoutMs: 30_000, message: 'the replayed change through gateway B' });
    const shipped = await admin.orderMutation('shipOrder', { input: { orderId: id, carrier: 'DHL', trackingNumber: 'JD0001' } });
    expect(shipped.data.shipOrder.userErrors).toEqual([]);
    await waitFor(() => sub.events.length === 2, { timeoutMs: 30_000, message: 'the live change through gateway B' });
    expect(sub.codes).toEqual([]);
    expect(sub.events[1]).toMatchObject({
      version: 4,
      previousStatus: 'CONFIRMED',
      status: 'FULFILLED',
      order: {
        id,
        status: 'FULFILLED',
        customer: { name: expect.any(String) },
        lines: [{ product: { name: product.name } }],
        payments: [{ status: 'CAPTURED' }],
      },
    });
  });
});
