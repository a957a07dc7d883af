import { createLogger } from '@shop/kit';
import { InProcessPubSub } from '@shop/stores';
import { waitFor } from '@shop/testing';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningGateway } from '../src';
import { newWorld, startFixtureGateway, startInventory, startOrders, startProducts, type Fixture, type World } from './fixtures';
import { connect, eventCount, execute, record, type TestClient } from './ws-client';

/**
 * Failures end subscriptions, not sockets: a subgraph dying mid-stream errors only the
 * subscriptions it served; a gateway shutting down closes its sockets with 1001 and completes
 * everything it had opened upstream.
 */
describe('subscription failures and shutdown', () => {
  let world: World;
  let pubsub: InProcessPubSub;
  let subgraphs: { orders: Fixture; products: Fixture; inventory: Fixture };
  let gateway: RunningGateway | undefined;
  let wsUrl: string;
  const clients: TestClient[] = [];

  const start = async () => {
    world = newWorld();
    pubsub = new InProcessPubSub(createLogger('silent'));
    const [orders, products, inventory] = await Promise.all([startOrders(world, pubsub), startProducts(world), startInventory(world, pubsub)]);
    subgraphs = { orders, products, inventory };
    ({ gateway, wsUrl } = await startFixtureGateway({ orders: orders.url, products: products.url, inventory: inventory.url }));
    const c = connect(wsUrl);
    clients.push(c);
    return c;
  };
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.dispose()));
    await gateway?.close();
    gateway = undefined;
    await Promise.all(Object.values(subgraphs).map((s) => s.close()));
    await pubsub.close();
  });

  const bothSubscriptions = async (c: TestClient) => {
    const order = record(c, { query: 'subscription { orderUpdated(orderId: "o1") { status lines { product { name } } } }' });
    const stock = record(c, { query: 'subscription { stockChanged(productId: "p1") { stock name } }' });
    await waitFor(() => subgraphs.orders.opened.length === 1 && subgraphs.inventory.opened.length === 1);
    return { order, stock };
  };

  it.each([
    ['is killed (sockets destroyed, no close handshake)', (f: Fixture) => f.kill()],
    ['shuts down (1001 Going away)', (f: Fixture) => f.close()],
  ])('ends only the subscriptions of a subgraph that %s, with an error; the socket and the other subscriptions go on', async (_label, stop) => {
    const c = await start();
    const { order, stock } = await bothSubscriptions(c);
    await execute(c, { query: 'mutation { setOrderStatus(id: "o1", status: "PAID") { id } }' });
    await eventCount(order, 1);

    await stop(subgraphs.orders);
    await order.ended;
    expect(order.error).toEqual([
      {
        message: 'The subscription was interrupted because its source went away. Subscribe again to resume.',
        extensions: { code: 'SUBSCRIPTION_INTERRUPTED' },
      },
    ]);
    expect(JSON.stringify(order.error)).not.toMatch(/127\.0\.0\.1|ECONN|ws:/);

    // Same socket, another subgraph: still live.
    await execute(c, { query: 'mutation { setStock(productId: "p1", stock: 3) { id } }' });
    await eventCount(stock, 1);
    expect(stock.events[0]).toEqual({ data: { stockChanged: { stock: 3, name: 'Linen shirt' } } });
    expect(c.closes).toEqual([]);
    expect(stock.completed || stock.error).toBeFalsy();

    // While the subgraph is down a new subscription to it fails the same way, and works once it is back.
    const whileDown = record(c, { query: 'subscription { orderUpdated(orderId: "o1") { status } }' });
    await whileDown.ended;
    expect(whileDown.error).toEqual([expect.objectContaining({ extensions: { code: 'SUBSCRIPTION_INTERRUPTED' } })]);
    subgraphs.orders = await startOrders(world, pubsub, subgraphs.orders.port);
    const again = record(c, { query: 'subscription { orderUpdated(orderId: "o1") { status } }' });
    await waitFor(() => subgraphs.orders.opened.length === 1);
    await execute(c, { query: 'mutation { setOrderStatus(id: "o1", status: "SHIPPED") { id } }' });
    await eventCount(again, 1);
    expect(again.events[0]).toEqual({ data: { orderUpdated: { status: 'SHIPPED' } } });
  });

  it('closes client sockets with 1001 on shutdown and completes every upstream subscription', async () => {
    const c = await start();
    const other = connect(wsUrl);
    clients.push(other);
    await bothSubscriptions(c);
    record(other, { query: 'subscription { orderUpdated(orderId: "o2") { status } }' });
    await waitFor(() => pubsub.activeTopics().length === 3);

    await gateway!.close();
    gateway = undefined;
    await waitFor(() => c.closes.length === 1 && other.closes.length === 1);
    expect([...c.closes, ...other.closes]).toEqual([1001, 1001]);
    // The subgraphs saw every subscription completed: nothing is listening any more.
    await waitFor(() => pubsub.activeTopics().length === 0, { message: 'upstream subscriptions to be completed' });
  });
});
