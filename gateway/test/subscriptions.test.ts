import { createLogger } from '@shop/kit';
import { InProcessPubSub } from '@shop/stores';
import { waitFor } from '@shop/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGateway } from '../src';
import { newWorld, startFixtureGateway, startInventory, startOrders, startProducts, token, type Fixture, type World } from './fixtures';
import { connect, eventCount, execute, record, type TestClient } from './ws-client';

/**
 * Federated subscriptions end to end: a real graphql-ws client on the gateway, three fixture
 * subgraphs behind it, events raised by mutations and published through the PubSub.
 */
describe('federated subscriptions through the gateway', () => {
  let world: World;
  let pubsub: InProcessPubSub;
  let orders: Fixture, products: Fixture, inventory: Fixture;
  let gateway: RunningGateway;
  let wsUrl: string;
  const clients: TestClient[] = [];
  const client = (options: Parameters<typeof connect>[1] = {}) => {
    const c = connect(wsUrl, options);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    world = newWorld();
    pubsub = new InProcessPubSub(createLogger('silent'));
    [orders, products, inventory] = await Promise.all([startOrders(world, pubsub), startProducts(world), startInventory(world, pubsub)]);
    ({ gateway, wsUrl } = await startFixtureGateway({ orders: orders.url, products: products.url, inventory: inventory.url }));
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.dispose()));
    await waitFor(() => pubsub.activeTopics().length === 0, { message: 'every fixture subscription to be released' });
    orders.opened.length = 0;
    inventory.opened.length = 0;
  });
  afterAll(async () => {
    await gateway?.close();
    await Promise.all([orders?.close(), products?.close(), inventory?.close()]);
    await pubsub?.close();
  });

  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return (await res.json()) as { data?: any; errors?: any[] };
  };
  const setStatus = (id: string, status: string) => post('mutation($id: ID!, $s: String!) { setOrderStatus(id: $id, status: $s) { id } }', { id, s: status });
  const opened = (fixture: Fixture, n: number) => waitFor(() => fixture.opened.length >= n, { message: `${n} subscriptions opened on the subgraph` });

  it('delivers events that carry fields from three subgraphs, with current values', async () => {
    const sub = record(client(), {
      query: 'subscription { orderUpdated(orderId: "o1") { id status lines { quantity product { id name stock } } } }',
    });
    await opened(orders, 1);
    await setStatus('o1', 'PAID');
    await eventCount(sub, 1);
    expect(sub.events[0]).toEqual({
      data: {
        orderUpdated: {
          id: 'o1',
          status: 'PAID',
          lines: [
            { quantity: 2, product: { id: 'p1', name: 'Linen shirt', stock: 7 } },
            { quantity: 1, product: { id: 'p2', name: 'Wool socks', stock: 30 } },
          ],
        },
      },
    });
    // Stock is fetched per event, so the next event shows the stock as it is then.
    await post('mutation { setStock(productId: "p1", stock: 5) { id } }');
    await setStatus('o1', 'SHIPPED');
    await eventCount(sub, 2);
    expect(sub.events[1]!.data.orderUpdated.status).toBe('SHIPPED');
    expect(sub.events[1]!.data.orderUpdated.lines[0].product.stock).toBe(5);
  });

  it('honours variables, fragments, aliases and @include/@skip', async () => {
    const c = client();
    const query = `
      subscription Track($id: ID!, $withStock: Boolean!, $hideQty: Boolean = true) {
        order: orderUpdated(orderId: $id) { state: status ...Lines }
      }
      fragment Lines on Order { lines { quantity @skip(if: $hideQty) product { ... on Product { name stock @include(if: $withStock) } } } }`;
    const without = record(c, { query, operationName: 'Track', variables: { id: 'o1', withStock: false } });
    const withStock = record(c, { query, operationName: 'Track', variables: { id: 'o1', withStock: true, hideQty: false } });
    await opened(orders, 2);
    inventory.observed.length = 0;
    await setStatus('o1', 'PACKED');
    await Promise.all([eventCount(without, 1), eventCount(withStock, 1)]);
    expect(without.events[0]).toEqual({
      data: { order: { state: 'PACKED', lines: [{ product: { name: 'Linen shirt' } }, { product: { name: 'Wool socks' } }] } },
    });
    expect(withStock.events[0]!.data.order.lines[0]).toEqual({ quantity: 2, product: { name: 'Linen shirt', stock: expect.any(Number) } });
    // Only the subscription that asked for stock made inventory fetches.
    expect(inventory.observed.filter((q) => q.includes('_entities'))).toHaveLength(1);
  });

  it('runs queries and mutations over the same socket, through the HTTP executor', async () => {
    const c = client();
    const sub = record(c, { query: 'subscription { orderUpdated(orderId: "o1") { status } }' });
    await opened(orders, 1);
    const query = await execute(c, { query: 'query($id: ID!) { order(id: $id) { id lines { product { name stock } } } }', variables: { id: 'o1' } });
    expect(query.data.order.lines[1]).toEqual({ product: { name: 'Wool socks', stock: 30 } });
    const mutation = await execute(c, { query: 'mutation { setOrderStatus(id: "o1", status: "DELIVERED") { status } }' });
    expect(mutation).toEqual({ data: { setOrderStatus: { status: 'DELIVERED' } }, extensions: { cost: { requestedQueryCost: 11, actualQueryCost: 11 } } });
    await eventCount(sub, 1);
    expect(sub.events[0]).toEqual({ data: { orderUpdated: { status: 'DELIVERED' } } });
  });

  it("carries each socket's identity to the subgraph resolvers: anonymous or the token's user", async () => {
    const anonymous = record(client(), { query: 'subscription { orderUpdated(orderId: "o1") { viewer } }' });
    const customer = record(client({ token: await token('usr_7', 'CUSTOMER') }), { query: 'subscription { orderUpdated(orderId: "o1") { viewer } }' });
    await opened(orders, 2);
    expect(orders.opened.map((o) => `${o.identity.userId}/${o.identity.role}`).sort()).toEqual(['null/null', 'usr_7/CUSTOMER']);
    await setStatus('o1', 'PAID');
    await Promise.all([eventCount(anonymous, 1), eventCount(customer, 1)]);
    expect(anonymous.events[0]).toEqual({ data: { orderUpdated: { viewer: 'anonymous/-' } } });
    expect(customer.events[0]).toEqual({ data: { orderUpdated: { viewer: 'usr_7/CUSTOMER' } } });
    const me = await execute(client({ token: await token('usr_8', 'ADMIN') }), { query: '{ order(id: "o1") { viewer } }' });
    expect(me.data.order.viewer).toBe('usr_8/ADMIN');
  });

  it("passes a subgraph's refusal to the client and ends only that subscription", async () => {
    const c = client();
    const refused = record(c, { query: 'subscription { orderUpdated(orderId: "someone-elses") { status } }' });
    await refused.ended;
    expect(refused.events).toEqual([
      { data: null, errors: [expect.objectContaining({ message: 'That order is not yours.', extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })] },
    ]);
    expect(refused.completed).toBe(true);
    const fine = record(c, { query: 'subscription { orderUpdated(orderId: "o1") { status } }' });
    await opened(orders, 1);
    await setStatus('o1', 'PAID');
    await eventCount(fine, 1);
  });

  it('masks unexpected errors in events as HTTP does, keeping the rest of the data', async () => {
    const sub = record(client(), { query: 'subscription { orderUpdated(orderId: "o2") { status lines { product { name stock } } } }' });
    await opened(orders, 1);
    await setStatus('o2', 'PAID');
    await eventCount(sub, 1);
    const [event] = sub.events;
    expect(event!.data.orderUpdated.status).toBe('PAID');
    expect(event!.errors).toEqual([expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
    expect(JSON.stringify(event)).not.toContain('10.1.2.3');
  });

  it('refuses invalid, over-limit and badly typed subscriptions with the same codes as HTTP', async () => {
    const c = client();
    const run = async (query: string, variables?: Record<string, unknown>) => {
      const r = record(c, { query, variables });
      await r.ended;
      return r.error as { message: string; extensions: { code: string } }[];
    };
    expect((await run('subscription { orderUpdated(orderId: "o1") { nope } }'))[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await run('subscription { orderUpdated(orderId: "o1") { '))[0]!.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const aliases = Array.from({ length: 31 }, (_, i) => `s${i}: status`).join(' ');
    expect(await run(`subscription { orderUpdated(orderId: "o1") { ${aliases} } }`)).toEqual([
      expect.objectContaining({ message: 'The operation uses 31 aliases (limit 30).', extensions: { code: 'QUERY_TOO_MANY_ALIASES' } }),
    ]);
    expect((await run('subscription($id: ID!) { orderUpdated(orderId: $id) { status } }', {}))[0]!.extensions.code).toBe('BAD_USER_INPUT');
    // The same admission holds for queries over the socket.
    const query = await run(`{ ${Array.from({ length: 31 }, (_, i) => `o${i}: order(id: "o1") { id }`).join(' ')} }`);
    expect(query[0]!.extensions.code).toBe('QUERY_TOO_MANY_ALIASES');
    expect(orders.opened).toHaveLength(0);
  });
});
