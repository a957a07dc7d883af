import { createLogger } from '@shop/kit';
import { InProcessPubSub } from '@shop/stores';
import { waitFor } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGateway } from '../src';
import { newWorld, startFixtureGateway, startInventory, startOrders, startProducts, type Fixture } from './fixtures';
import { connect, record, type TestClient } from './ws-client';

/**
 * The in-flight bound: while a gateway process already works on `maxInFlight` operations, the
 * next one is answered 503 + Retry-After at once (no queue), over HTTP and graphql-ws alike, and
 * service resumes as soon as the held operations finish.
 */
describe('load shedding', () => {
  let subgraphs: Fixture[];
  let gateway: RunningGateway;
  let wsUrl: string;
  let client: TestClient;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));

  beforeAll(async () => {
    const world = newWorld();
    // Order "slow" answers only when the test releases it: a request that stays in flight.
    const orders = world.orders;
    const plainGet = orders.get.bind(orders);
    orders.get = ((id: string) => (id === 'slow' ? held.then(() => plainGet('o1')) : plainGet(id))) as typeof orders.get;
    const pubsub = new InProcessPubSub(createLogger('silent'));
    subgraphs = await Promise.all([startOrders(world, pubsub), startProducts(world), startInventory(world, pubsub)]);
    const [o, p, i] = subgraphs as [Fixture, Fixture, Fixture];
    ({ gateway, wsUrl } = await startFixtureGateway({ orders: o.url, products: p.url, inventory: i.url }, { maxInFlight: 2, rateLimit: false }));
    client = connect(wsUrl);
  });
  afterAll(async () => {
    release();
    await client?.dispose();
    await gateway?.close();
    await Promise.all(subgraphs.map((s) => s.close()));
  });

  const post = (query: string) => fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });

  it('answers 503 + Retry-After at once past the bound, and serves again when the held operations end', async () => {
    const slow = [post('{ order(id: "slow") { id status } }'), post('{ order(id: "slow") { status } }')];
    let shed!: Response;
    await waitFor(async () => {
      shed = await post('{ order(id: "o1") { status } }');
      return shed.status === 503;
    });
    expect(shed.headers.get('retry-after')).toBe('1');
    expect(await shed.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'OVERLOADED' } }] });
    const started = Date.now();
    expect((await post('{ __typename }')).status).toBe(503);
    expect(Date.now() - started).toBeLessThan(500);

    const overSocket = record(client, { query: '{ order(id: "o1") { status } }' });
    await overSocket.ended;
    expect(overSocket.events[0]?.errors?.[0]?.extensions?.code).toBe('OVERLOADED');
    expect(client.connected()).toBe(true);

    release();
    expect((await Promise.all(slow)).map((r) => r.status)).toEqual([200, 200]);
    const after = await post('{ order(id: "o1") { status } }');
    expect(after.status).toBe(200);
    expect(await after.json()).toMatchObject({ data: { order: { status: 'PLACED' } } });
  });
});
