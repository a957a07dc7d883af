import { estimateCost } from '../src/limits';
import { randomUUID } from 'node:crypto';
import { createLogger } from '@shop/kit';
import { InProcessPubSub } from '@shop/stores';
import { SKIP_REDIS_REASON, TEST_REDIS_URL } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatewayServerOptions, RunningGateway } from '../src';
import { newWorld, startFixtureGateway, startInventory, startOrders, startProducts, token, type Fixture } from './fixtures';
import { connect, execute, record, type TestClient } from './ws-client';

/**
 * The query-cost bucket seen from outside: RateLimit headers on every answer, 429 + Retry-After
 * with RATE_LIMITED once a caller's bucket cannot cover an operation, one bucket per signed-in
 * user and per client address, and the same spending over graphql-ws.
 */
const ORDER = '{ order(id: "o1") { id status } }'; // 1 + 3 fields = 4 points

describe('rate limiting by query cost', () => {
  let subgraphs: Fixture[];
  const gateways: RunningGateway[] = [];
  const clients: TestClient[] = [];
  let urls: { orders: string; products: string; inventory: string };

  beforeAll(async () => {
    const world = newWorld();
    const pubsub = new InProcessPubSub(createLogger('silent'));
    const [orders, products, inventory] = await Promise.all([startOrders(world, pubsub), startProducts(world), startInventory(world, pubsub)]);
    subgraphs = [orders, products, inventory];
    urls = { orders: orders.url, products: products.url, inventory: inventory.url };
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await Promise.all(gateways.map((g) => g.close()));
    await Promise.all(subgraphs.map((s) => s.close()));
  });

  /** A gateway with a 10-point bucket restoring 1 point a second: the third 4-point query is refused. */
  const gatewayWith = async (options: Partial<GatewayServerOptions> = {}) => {
    const { gateway, wsUrl } = await startFixtureGateway(urls, { rateLimit: { capacity: 10, restorePerSecond: 1 }, costOf: estimateCost, ...options });
    gateways.push(gateway);
    return { gateway, wsUrl };
  };
  const post = async (gateway: RunningGateway, query: string, headers: Record<string, string> = {}) => {
    const res = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
    return {
      status: res.status,
      headers: res.headers,
      body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] },
    };
  };

  it('puts RateLimit headers on every answer, spending each operation by its cost', async () => {
    const { gateway } = await gatewayWith();
    const first = await post(gateway, ORDER);
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-limit')).toBe('10');
    expect(first.headers.get('ratelimit-remaining')).toBe('6');
    expect(Number(first.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
    expect(first.headers.get('ratelimit-policy')).toBe('"cost";q=10;w=10');
    // A document that never becomes an operation spends nothing but still reports the bucket.
    const broken = await post(gateway, '{ order(');
    expect(broken.status).toBe(400);
    expect(broken.headers.get('ratelimit-remaining')).toBe('6');
    // So do the refusals the gateway gives before Apollo: a bad token, a batch.
    const badToken = await post(gateway, ORDER, { authorization: 'Bearer nope' });
    expect([badToken.status, badToken.headers.get('ratelimit-remaining')]).toEqual([401, '6']);
    const batch = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ query: ORDER }]) });
    expect([batch.status, batch.headers.get('ratelimit-limit')]).toEqual([400, '10']);
  });

  it('refuses with 429, Retry-After and RATE_LIMITED once the bucket cannot cover the cost', async () => {
    const { gateway } = await gatewayWith();
    expect((await post(gateway, ORDER)).status).toBe(200);
    expect((await post(gateway, ORDER)).status).toBe(200);
    const refused = await post(gateway, ORDER);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.headers.get('ratelimit-remaining')).toBe('2');
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(refused.body.data).toBeUndefined();
    // A cheaper operation that still fits passes: `{ __typename }` costs 2.
    expect((await post(gateway, '{ __typename }')).status).toBe(200);
  });

  it('gives each signed-in user their own bucket, apart from the anonymous callers of an address', async () => {
    const { gateway } = await gatewayWith();
    for (let i = 0; i < 2; i++) await post(gateway, ORDER);
    expect((await post(gateway, ORDER)).status).toBe(429);
    const alice = { authorization: `Bearer ${await token('alice', 'CUSTOMER')}` };
    expect((await post(gateway, ORDER, alice)).status).toBe(200);
    expect((await post(gateway, ORDER, alice)).status).toBe(200);
    expect((await post(gateway, ORDER, alice)).status).toBe(429);
    const bob = { authorization: `Bearer ${await token('bob', 'CUSTOMER')}` };
    expect((await post(gateway, ORDER, bob)).status).toBe(200);
  });

  it('ignores X-Forwarded-For unless a trusted proxy is configured', async () => {
    const direct = (await gatewayWith()).gateway;
    for (let i = 0; i < 3; i++) await post(direct, ORDER, { 'x-forwarded-for': `10.0.0.${i}` });
    expect((await post(direct, ORDER, { 'x-forwarded-for': '10.0.0.99' })).status).toBe(429);

    const proxied = (await gatewayWith({ trustedProxies: 1 })).gateway;
    for (let i = 0; i < 2; i++) await post(proxied, ORDER, { 'x-forwarded-for': '10.0.0.1' });
    expect((await post(proxied, ORDER, { 'x-forwarded-for': '10.0.0.1' })).status).toBe(429);
    expect((await post(proxied, ORDER, { 'x-forwarded-for': 'spoofed, 10.0.0.2' })).status).toBe(200);
  });

  it('spends operations over graphql-ws from the same bucket; a refusal errors that operation and the socket stays open', async () => {
    // Restoring 2 points a second: 4-point queries come from the reserve, 2-point ones from each second's share.
    const { gateway, wsUrl } = await gatewayWith({ rateLimit: { capacity: 10, restorePerSecond: 2 } });
    const client = connect(wsUrl);
    clients.push(client);
    expect((await execute(client, { query: ORDER })).data.order.status).toBe('PLACED');
    expect((await post(gateway, ORDER)).status).toBe(200); // HTTP and the socket share the address's bucket
    const refused = record(client, { query: ORDER });
    await refused.ended;
    expect(refused.error).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'RATE_LIMITED' }) })]);
    const subscription = record(client, { query: 'subscription { orderUpdated(orderId: "o1") { status } }' });
    await subscription.ended;
    expect(subscription.error).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'RATE_LIMITED' }) })]);
    expect(client.connected()).toBe(true);
    expect(client.closes).toEqual([]);
    // What the restore rate covers still passes on the same socket.
    const cheap = record(client, { query: '{ __typename }' });
    await cheap.ended;
    expect(cheap.error).toBeUndefined();
    expect(cheap.events[0]).toMatchObject({ data: { __typename: 'Query' } });
  });

  it.skipIf(!TEST_REDIS_URL)(`shares the buckets between gateway replicas through Redis${TEST_REDIS_URL ? '' : ` — ${SKIP_REDIS_REASON}`}`, async () => {
    const shared = { redisUrl: TEST_REDIS_URL, rateLimitKeyPrefix: `test:ratelimit:${randomUUID()}` };
    const [a, b] = [(await gatewayWith(shared)).gateway, (await gatewayWith(shared)).gateway];
    expect((await post(a, ORDER)).status).toBe(200);
    expect((await post(b, ORDER)).headers.get('ratelimit-remaining')).toBe('2');
    const refused = await post(a, ORDER);
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});
