import { createLogger } from '@shop/kit';
import { InProcessPubSub } from '@shop/stores';
import { waitFor } from '@shop/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGateway } from '../src';
import { newWorld, startFixtureGateway, startInventory, startOrders, startProducts, token, type Fixture } from './fixtures';
import { connect, execute, rawSocket, record, type TestClient } from './ws-client';

/** Every misuse of the socket gets its own graphql-ws close code; the edge rules hold on upgrade. */
describe('gateway graphql-ws protocol and safety', () => {
  const pubsub = new InProcessPubSub(createLogger('silent'));
  let orders: Fixture, products: Fixture, inventory: Fixture;
  let gateway: RunningGateway;
  let wsUrl: string;
  const clients: TestClient[] = [];
  const sockets: ReturnType<typeof rawSocket>[] = [];
  const client = (options: Parameters<typeof connect>[1] = {}) => {
    const c = connect(wsUrl, options);
    clients.push(c);
    return c;
  };
  const raw = (options?: Parameters<typeof rawSocket>[1]) => {
    const s = rawSocket(wsUrl, options);
    sockets.push(s);
    return s;
  };
  const SUBSCRIBE = (id: string) => ({ id, type: 'subscribe', payload: { query: 'subscription { orderUpdated(orderId: "o1") { status } }' } });

  beforeAll(async () => {
    const world = newWorld();
    [orders, products, inventory] = await Promise.all([startOrders(world, pubsub), startProducts(world), startInventory(world, pubsub)]);
    ({ gateway, wsUrl } = await startFixtureGateway(
      { orders: orders.url, products: products.url, inventory: inventory.url },
      { corsOrigins: ['http://app.example'], socketLimits: { connectionInitTimeoutMs: 300, maxMessageBytes: 8 * 1024, maxSubscriptionsPerSocket: 3 } },
    ));
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.dispose()));
    for (const s of sockets.splice(0)) s.socket.terminate();
  });
  afterAll(async () => {
    await gateway?.close();
    await Promise.all([orders?.close(), products?.close(), inventory?.close()]);
    await pubsub.close();
  });

  it.each([
    ['a token with a wrong signature', () => token('usr_1', 'ADMIN', '10m', 'w'.repeat(40))],
    ['an expired token', () => token('usr_1', 'ADMIN', Math.floor(Date.now() / 1000) - 60)],
    ['an unknown role', () => token('usr_1', 'ROOT')],
    ['a header that is not "Bearer <token>"', async () => 'Basic abc'],
  ])('closes with 4403 Forbidden on %s in connection_init', async (_label, make) => {
    const value = await make();
    const s = raw();
    await s.opened;
    s.send({ type: 'connection_init', payload: { authorization: value.startsWith('Basic') ? value : `Bearer ${value}` } });
    expect((await s.closed).code).toBe(4403);
  });

  it('accepts an anonymous connection_init and a valid token', async () => {
    const anonymous = raw();
    await anonymous.opened;
    anonymous.send({ type: 'connection_init' });
    const signedIn = client({ token: await token('usr_1', 'CUSTOMER') });
    await waitFor(() => anonymous.messages.some((m) => m.type === 'connection_ack') && signedIn.connected());
  });

  it('closes with 4408 a socket that never sends connection_init', async () => {
    const s = raw();
    await s.opened;
    expect((await s.closed).code).toBe(4408);
  });

  it('closes with 4401 a subscribe sent before connection_init', async () => {
    const s = raw();
    await s.opened;
    s.send(SUBSCRIBE('1'));
    expect((await s.closed).code).toBe(4401);
  });

  it.each([
    ['not JSON', 'hello'],
    ['an unknown message type', { type: 'nope' }],
    ['a subscribe without a query', { id: '1', type: 'subscribe', payload: {} }],
  ])('closes with 4400 on a message that is %s', async (_label, message) => {
    const s = raw();
    await s.opened;
    s.send({ type: 'connection_init' });
    await waitFor(() => s.messages.length === 1);
    s.send(message);
    expect((await s.closed).code).toBe(4400);
  });

  it('closes with 4409 a subscribe that reuses the id of a running operation', async () => {
    const s = raw();
    await s.opened;
    s.send({ type: 'connection_init' });
    await waitFor(() => s.messages.length === 1);
    s.send(SUBSCRIBE('dup'));
    await waitFor(() => orders.opened.length > 0);
    s.send(SUBSCRIBE('dup'));
    expect((await s.closed).code).toBe(4409);
    orders.opened.length = 0;
  });

  it('closes with 4429 a second connection_init', async () => {
    const s = raw();
    await s.opened;
    s.send({ type: 'connection_init' });
    s.send({ type: 'connection_init' });
    expect((await s.closed).code).toBe(4429);
  });

  it('closes with 4406 a socket that does not ask for graphql-transport-ws', async () => {
    const s = raw({ protocol: null });
    expect((await s.closed).code).toBe(4406);
  });

  it('closes with 1009 a message over the size cap', async () => {
    const s = raw();
    await s.opened;
    s.send({ type: 'connection_init' });
    await waitFor(() => s.messages.length === 1);
    s.send({ id: '1', type: 'subscribe', payload: { query: `{ __typename } # ${'x'.repeat(9 * 1024)}` } });
    expect((await s.closed).code).toBe(1009);
  });

  it('refuses a subscription past the per-socket cap with TOO_MANY_SUBSCRIPTIONS, keeping the socket and the others', async () => {
    const c = client();
    const running = [1, 2, 3].map(() => record(c, { query: 'subscription { orderUpdated(orderId: "o1") { status } }' }));
    const extra = record(c, { query: 'subscription { orderUpdated(orderId: "o1") { status } }' });
    await extra.ended;
    expect(extra.error).toEqual([{ message: 'This connection already has 3 subscriptions (limit 3).', extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } }]);
    // Queries and mutations do not count against the cap.
    expect((await execute(c, { query: '{ order(id: "o1") { id } }' })).data).toEqual({ order: { id: 'o1' } });
    running[0]!.stop();
    const replacement = record(c, { query: 'subscription { orderUpdated(orderId: "o1") { status } }' });
    await execute(c, { query: 'mutation { setOrderStatus(id: "o1", status: "PAID") { id } }' });
    await waitFor(() => replacement.events.length === 1 && running[1]!.events.length === 1 && running[2]!.events.length === 1);
    expect(c.closes).toEqual([]);
  });

  it('refuses the upgrade with 403 for an origin outside the allow-list', async () => {
    expect(await raw({ headers: { origin: 'https://evil.example' } }).refused).toBe(403);
    expect(await raw({ headers: { origin: 'null' } }).refused).toBe(403);
  });

  it('accepts listed origins, its own origin and clients that send none', async () => {
    const own = new URL(gateway.url).origin;
    for (const headers of [{ origin: 'http://app.example' }, { origin: own }, {}] as Record<string, string>[]) {
      const s = raw({ headers });
      await s.opened;
      s.send({ type: 'connection_init' });
      await waitFor(() => s.messages[0]?.type === 'connection_ack');
    }
  });

  it('answers 404 to an upgrade on another path', async () => {
    expect(await rawSocket(wsUrl.replace('/graphql', '/other')).refused).toBe(404);
  });

  it('closes with 4403 when the token expires while the socket is open', async () => {
    const c = client({ token: await token('usr_1', 'CUSTOMER', Math.floor(Date.now() / 1000) + 1) });
    const sub = record(c, { query: 'subscription { orderUpdated(orderId: "o1") { status } }' });
    await waitFor(() => c.closes.length > 0, { timeoutMs: 5000 });
    expect(c.closes).toEqual([4403]);
    await sub.ended;
  });
});
