import { randomUUID } from 'node:crypto';
import { createLogger, DEMO_SECRETS, IDENTITY_EXTENSION, signIdentity, type Identity } from '@shop/kit';
import { InMemoryEventBus, InProcessPubSub } from '@shop/stores';
import { admin, anonymous, customer, waitFor } from '@shop/testing';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ALL_ORDERS_TOPIC, orderTopic } from '../src/events/live-orders';
import { captured, refunded, reserved } from './helpers/events';
import { ADD, ADDRESS, CARD, CHECKOUT, startTestOrders, testCatalog, type TestOrders } from './helpers/subgraph';

/** Live order tracking, driven over graphql-ws the way the gateway drives a subgraph. */
const secret = DEMO_SECRETS.GATEWAY_SECRET;
const { products, events } = testCatalog(1, 50);
const variant = products[0]!.variants[0]!;
const alice = customer('usr_live_alice');
const bob = customer('usr_live_bob');
const support = { userId: 'usr_support', role: 'SUPPORT' as const };
const TRACK = `subscription($id: ID!, $since: Int) { orderUpdated(orderId: $id, sinceVersion: $since) {
  version status previousStatus fulfillmentStatus previousFulfillmentStatus financialStatus previousFinancialStatus reason occurredAt
  order { id status version statusHistory { version } } } }`;
const SHIP = `mutation($input: ShipOrderInput!) { shipOrder(input: $input) { userErrors { code } } }`;
const DELIVER = `mutation($id: ID!) { markOrderDelivered(orderId: $id) { userErrors { code } } }`;

describe('orders live tracking subscriptions', () => {
  let orders: TestOrders;
  let client: Client;
  const bus = new InMemoryEventBus();
  const pubsub = new InProcessPubSub(createLogger('silent'));
  let n = 0;

  beforeAll(async () => {
    orders = await startTestOrders({ bus, catalog: events, pubsub });
    client = createClient({
      url: orders.subgraph.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: signIdentity(secret, { userId: null, role: null, requestId: 'gateway' }),
    });
  });
  afterAll(async () => {
    await client?.dispose();
    await orders?.close();
    await pubsub.close();
  });

  function subscribe(query: string, as: { userId: string | null; role: Identity['role'] }, variables: Record<string, unknown> = {}) {
    const seen: { events: any[]; done: boolean } = { events: [], done: false };
    const identity = { ...as, requestId: `r${++n}` } as Identity;
    const stop = client.subscribe(
      { query, variables, extensions: { [IDENTITY_EXTENSION]: signIdentity(secret, identity) } },
      { next: (v) => void seen.events.push(v), error: () => void (seen.done = true), complete: () => void (seen.done = true) },
    );
    return { seen, stop, data: () => seen.events.filter((e) => e.data).map((e) => e.data.orderUpdated ?? e.data.ordersUpdated) };
  }
  const codes = (s: { seen: { events: any[] } }) => s.seen.events.flatMap((e) => e.errors ?? []).map((e: any) => e.extensions?.code);

  /** A checked-out order of alice's, CONFIRMED by the saga: versions 1 (RESERVED) and 2 (CONFIRMED). */
  async function confirmedOrder() {
    const cartId = (await orders.call(ADD, { variantId: variant.id, quantity: 1 }, anonymous)).data!.addCartLine.cart.id;
    const placed = (await orders.call(CHECKOUT, { input: { cartId, shippingAddress: ADDRESS, payment: CARD }, key: randomUUID() }, alice)).data!.checkout.order;
    await bus.publish([reserved(placed.id), captured(placed.id, 1)]);
    await bus.idle();
    return placed.id as string;
  }
  const ship = (id: string) => orders.call(SHIP, { input: { orderId: id, carrier: 'UPS', trackingNumber: '1Z' } }, admin);

  it("replays the order's history from sinceVersion, then delivers live changes, each with the current order", async () => {
    const id = await confirmedOrder();
    const all = subscribe('subscription { ordersUpdated { version status order { id } } }', support);
    const sub = subscribe(TRACK, alice, { id, since: 0 });
    await waitFor(() => sub.data().length === 2, { message: 'the replayed history' });
    expect(sub.data().map((u) => [u.version, u.previousStatus, u.status])).toEqual([
      [1, 'PENDING', 'RESERVED'],
      [2, 'RESERVED', 'CONFIRMED'],
    ]);
    expect(sub.data()[0].order).toEqual({ id, status: 'CONFIRMED', version: 2, statusHistory: [{ version: 1 }, { version: 2 }] });
    expect(sub.data()[0].occurredAt).toMatch(/^\d{4}-\d\d-\d\dT/);

    await waitFor(() => pubsub.activeTopics().includes(ALL_ORDERS_TOPIC));
    expect((await ship(id)).data!.shipOrder.userErrors).toEqual([]);
    await waitFor(() => sub.data().length === 3, { message: 'the shipping event' });
    expect((await orders.call(DELIVER, { id }, admin)).data!.markOrderDelivered.userErrors).toEqual([]);
    await waitFor(() => sub.data().length === 4, { message: 'the delivery event' });
    const [shipped, delivered] = sub.data().slice(2);
    expect(shipped).toMatchObject({ version: 3, previousStatus: 'CONFIRMED', status: 'FULFILLED', reason: 'Shipped with UPS, tracking number 1Z.' });
    // Each event loads the order afresh, although the subscription keeps one context.
    expect(shipped.order.status).toBe('FULFILLED');
    expect(delivered).toMatchObject({ version: 4, status: 'DELIVERED', order: { status: 'DELIVERED', version: 4 } });
    // A refund moves the money only; live and replayed, the change says so with all three statuses.
    await bus.publish([refunded(id, 100, 100, 5000)]);
    await waitFor(() => sub.data().length === 5, { message: 'the refund event' });
    const refund = {
      version: 5,
      previousStatus: 'DELIVERED',
      status: 'DELIVERED',
      previousFulfillmentStatus: 'DELIVERED',
      fulfillmentStatus: 'DELIVERED',
      previousFinancialStatus: 'PAID',
      financialStatus: 'PARTIALLY_REFUNDED',
    };
    expect(sub.data()[4]).toMatchObject(refund);
    const replay = subscribe(TRACK, alice, { id, since: 4 });
    await waitFor(() => replay.data().length === 1, { message: 'the replayed refund' });
    expect(replay.data()[0]).toMatchObject(refund);
    expect(sub.data()[0]).toMatchObject({ fulfillmentStatus: 'UNFULFILLED', financialStatus: 'PENDING', previousFinancialStatus: 'PENDING' });
    replay.stop();
    await waitFor(() => all.data().length === 3, { message: 'the dashboard events' });
    expect(all.data()).toEqual([
      { version: 3, status: 'FULFILLED', order: { id } },
      { version: 4, status: 'DELIVERED', order: { id } },
      { version: 5, status: 'DELIVERED', order: { id } },
    ]);

    // Leaving frees the pub/sub topic at once.
    sub.stop();
    all.stop();
    await waitFor(() => !pubsub.activeTopics().includes(orderTopic(id)) && !pubsub.activeTopics().includes(ALL_ORDERS_TOPIC), { message: 'topics released' });
  });

  it('without sinceVersion delivers only changes from now on', async () => {
    const id = await confirmedOrder();
    const sub = subscribe(TRACK, alice, { id });
    await waitFor(() => pubsub.activeTopics().includes(orderTopic(id)));
    await ship(id);
    await waitFor(() => sub.data().length === 1);
    expect(sub.data()[0]).toMatchObject({ version: 3, status: 'FULFILLED' });
    sub.stop();
  });

  it('refuses strangers, anonymous callers and bad cursors before any event', async () => {
    const id = await confirmedOrder();
    const refusals = [
      subscribe(TRACK, bob, { id, since: 0 }),
      subscribe(TRACK, alice, { id: 'ord_missing', since: 0 }),
      subscribe(TRACK, anonymous, { id, since: 0 }),
      subscribe(TRACK, alice, { id, since: 3 }),
      subscribe(TRACK, alice, { id, since: -1 }),
      subscribe('subscription { ordersUpdated { version } }', alice),
      subscribe('subscription { ordersUpdated { version } }', anonymous),
      subscribe('subscription { ordersUpdated(after: "not-a-cursor") { version } }', support),
    ];
    await waitFor(() => refusals.every((s) => s.seen.done), { message: 'the refusals' });
    expect(refusals.map(codes)).toEqual([
      ['FORBIDDEN'],
      ['FORBIDDEN'],
      ['UNAUTHENTICATED'],
      ['BAD_USER_INPUT'],
      ['BAD_USER_INPUT'],
      ['FORBIDDEN'],
      ['UNAUTHENTICATED'],
      ['BAD_USER_INPUT'],
    ]);
    expect(refusals.flatMap((s) => s.data())).toEqual([]);
    // Staff may follow any order.
    const staff = subscribe(TRACK, support, { id, since: 1 });
    await waitFor(() => staff.data().length === 1);
    expect(staff.data()[0]).toMatchObject({ version: 2, status: 'CONFIRMED' });
    staff.stop();
  });

  it('ordersUpdated resumes from a cursor: every change made while away arrives once, in order, then live ones', async () => {
    const FEED = 'subscription($after: String) { ordersUpdated(after: $after) { orderId: order { id } version status cursor } }';
    const first = subscribe(FEED, support);
    await waitFor(() => pubsub.activeTopics().includes(ALL_ORDERS_TOPIC));
    const id = await confirmedOrder();
    await waitFor(() => first.data().filter((u) => u.orderId.id === id).length === 2, { message: 'the first two changes live' });
    const cursors = first.data().map((u) => u.cursor);
    expect(new Set(cursors).size).toBe(cursors.length);
    expect(cursors.every((c) => /^\d+:\d+$/.test(c))).toBe(true);
    const last = cursors.at(-1);
    first.stop();
    await waitFor(() => !pubsub.activeTopics().includes(ALL_ORDERS_TOPIC), { message: 'the first socket gone' });

    // Changes while no one listens.
    await ship(id);
    expect((await orders.call(DELIVER, { id }, admin)).data!.markOrderDelivered.userErrors).toEqual([]);
    const resumed = subscribe(FEED, support, { after: last });
    await waitFor(() => resumed.data().length === 2, { message: 'the missed changes' });
    expect(resumed.data().map((u) => [u.orderId.id, u.version, u.status])).toEqual([
      [id, 3, 'FULFILLED'],
      [id, 4, 'DELIVERED'],
    ]);
    // Then live, after the replay, without repeating it.
    await bus.publish([refunded(id, 100, 100, 5000)]);
    await waitFor(() => resumed.data().length === 3, { message: 'the live refund' });
    expect(resumed.data()[2]).toMatchObject({ version: 5 });
    // Resuming from any earlier cursor replays exactly what followed it.
    const again = subscribe(FEED, support, { after: cursors.at(-2) });
    await waitFor(() => again.data().length === 4, { message: 'the replay from the first cursor' });
    expect(again.data().map((u) => u.version)).toEqual([2, 3, 4, 5]);
    resumed.stop();
    again.stop();
  });
});
