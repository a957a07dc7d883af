import { randomUUID } from 'node:crypto';
import { createLogger } from '@shop/kit';
import { RedisPubSub } from '@shop/stores';
import { SKIP_REDIS_REASON, TEST_REDIS_URL, waitFor } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGateway } from '../src';
import { newWorld, startFixtureGateway, startInventory, startOrders, startProducts, type Fixture } from './fixtures';
import { connect, eventCount, record, type TestClient } from './ws-client';

/**
 * Two gateways and two replicas of the orders subgraph, each replica with its own Redis pub/sub
 * connections (as separate processes would have): a change made through one gateway and replica
 * reaches a subscriber connected to the other gateway, whose subscription lives on the other replica.
 */
describe.skipIf(!TEST_REDIS_URL)(`subscriptions across replicas — ${TEST_REDIS_URL ? 'redis (real server)' : SKIP_REDIS_REASON}`, () => {
  const logger = createLogger('silent');
  const prefix = `test:${randomUUID()}:`;
  const pubsubs: RedisPubSub[] = [];
  const fixtures: Fixture[] = [];
  const gateways: RunningGateway[] = [];
  let client: TestClient;
  let ordersB: Fixture;
  let gatewayA: RunningGateway;

  beforeAll(async () => {
    const world = newWorld();
    const pubsub = async () => {
      const p = await RedisPubSub.connect(TEST_REDIS_URL!, logger, { prefix });
      pubsubs.push(p);
      return p;
    };
    const [ordersA, replicaB, products, inventory] = await Promise.all([
      startOrders(world, await pubsub()),
      startOrders(world, await pubsub()),
      startProducts(world),
      startInventory(world, await pubsub()),
    ]);
    ordersB = replicaB;
    fixtures.push(ordersA, ordersB, products, inventory);
    const a = await startFixtureGateway({ orders: ordersA.url, products: products.url, inventory: inventory.url });
    const b = await startFixtureGateway({ orders: ordersB.url, products: products.url, inventory: inventory.url });
    gatewayA = a.gateway;
    gateways.push(a.gateway, b.gateway);
    client = connect(b.wsUrl);
  });
  afterAll(async () => {
    await client?.dispose();
    await Promise.all(gateways.map((g) => g.close()));
    await Promise.all(fixtures.map((f) => f.close()));
    await Promise.all(pubsubs.map((p) => p.close()));
  });

  it('delivers a change made through gateway A and replica A to a subscriber on gateway B and replica B', async () => {
    const sub = record(client, { query: 'subscription { orderUpdated(orderId: "o1") { status lines { product { name stock } } } }' });
    await waitFor(() => ordersB.opened.length === 1);
    const res = await fetch(gatewayA.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { setOrderStatus(id: "o1", status: "PAID") { status } }' }),
    });
    expect(await res.json()).toMatchObject({ data: { setOrderStatus: { status: 'PAID' } } });
    await eventCount(sub, 1);
    expect(sub.events[0]!.data.orderUpdated).toEqual({
      status: 'PAID',
      lines: [{ product: { name: 'Linen shirt', stock: 7 } }, { product: { name: 'Wool socks', stock: 30 } }],
    });
  });
});
