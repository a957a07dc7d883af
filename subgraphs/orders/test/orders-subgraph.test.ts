import { demoCatalog, demoOrders, demoUsers } from '@shop/demo-data';
import { createLogger, DEMO_SECRETS, type StartedSubgraph } from '@shop/kit';
import { InMemoryEventBus, type DomainEvent } from '@shop/stores';
import { admin, anonymous, callSubgraph, customer, waitFor } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOrdersSubgraph } from '../src/app';
import { DEMO_GUEST_CART_ID, demoCartId } from '../src/seed';
import { productCreated } from './helpers/events';

const now = new Date('2026-03-01T00:00:00.000Z');
const demo = demoOrders(now).orders;
const [first] = demo;
const alice = first!.customerId;
const othersOrder = demo.find((o) => o.customerId !== alice)!;
const support = { userId: 'usr_support', role: 'SUPPORT' as const };
const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

const ORDER = `query($id: ID!) { order(id: $id) { id number status customer { id } currencyCode createdAt
  subtotal { amount currencyCode } shipping { amount } tax { amount } total { amount }
  lines { id sku productName quantity product { id } variant { id } unitPrice { amount currencyCode } total { amount } } } }`;
const USER_ORDERS = `query($r: [_Any!]!, $first: Int, $after: String) { _entities(representations: $r) { ... on User { id
  orders(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id createdAt } } } } } }`;
const ORDERS = `query($first: Int, $after: String, $filter: OrderFilter) { orders(first: $first, after: $after, filter: $filter) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id status customer { id } createdAt lines { sku } } } } }`;

describe('orders subgraph', () => {
  let subgraph: StartedSubgraph;
  const bus = new InMemoryEventBus();
  const created: DomainEvent[] = [];

  beforeAll(async () => {
    await bus.subscribe('test', async (e) => void created.push(e), { types: ['order.created'] });
    // What products announces; orders prices carts from it.
    await bus.publish(demoCatalog().products.map((p) => productCreated(p)));
    subgraph = await startOrdersSubgraph({ port: 0, gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET, logger: createLogger('silent'), seed: true, now, bus });
  });
  afterAll(() => subgraph?.close());

  it('answers /health and refuses unsigned calls', async () => {
    expect(await (await fetch(subgraph.url.replace('/graphql', '/health'))).json()).toMatchObject({ status: 'ok', checks: { database: 'ok' } });
    const res = await fetch(subgraph.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ myCart { id } }"}' });
    expect(res.status).toBe(401);
  });

  it('announces every seeded order through the outbox', async () => {
    await waitFor(() => created.length >= demo.length, { timeoutMs: 30_000, message: '1,200 order.created events' });
    expect(created).toHaveLength(demo.length);
    const event = created.find((e) => (e.payload as { orderId: string }).orderId === first!.id)!;
    expect(event).toMatchObject({ type: 'order.created', version: 1, occurredAt: first!.createdAt });
    expect(event.payload).toEqual({
      orderId: first!.id,
      number: first!.number,
      customerId: alice,
      currencyCode: 'USD',
      totalMinor: first!.totalMinor,
      createdAt: first!.createdAt,
      lines: first!.lines.map((l) => ({ productId: l.productId, variantId: l.variantId, sku: l.sku, quantity: l.quantity, unitPriceMinor: l.unitPriceMinor })),
      source: 'history',
      status: first!.status,
      fulfillmentStatus: first!.fulfillmentStatus,
      financialStatus: first!.financialStatus,
    });
    expect(event.payload).not.toHaveProperty('payment');
  });

  it('shows a customer their own order, priced and with its lines', async () => {
    const res = await callSubgraph(subgraph.url, ORDER, { id: first!.id }, customer(alice));
    expect(res.errors).toBeUndefined();
    const order = res.data?.order;
    expect(order).toMatchObject({
      id: first!.id,
      number: first!.number,
      status: first!.status,
      customer: { id: alice },
      currencyCode: 'USD',
      createdAt: first!.createdAt,
    });
    expect(order.total.amount).toBe((first!.totalMinor / 100).toFixed(2));
    expect(order.subtotal).toEqual({ amount: (first!.subtotalMinor / 100).toFixed(2), currencyCode: 'USD' });
    expect(order.lines).toHaveLength(first!.lines.length);
    const [line] = first!.lines;
    expect(order.lines[0]).toEqual({
      id: line!.id,
      sku: line!.sku,
      productName: line!.productName,
      quantity: line!.quantity,
      product: { id: line!.productId },
      variant: { id: line!.variantId },
      unitPrice: { amount: (line!.unitPriceMinor / 100).toFixed(2), currencyCode: 'USD' },
      total: { amount: ((line!.unitPriceMinor * line!.quantity) / 100).toFixed(2) },
    });
  });

  it("answers null for someone else's order and for a missing one, so existence does not leak", async () => {
    for (const id of [othersOrder.id, 'ord_missing']) {
      const res = await callSubgraph(subgraph.url, ORDER, { id }, customer(alice));
      expect(res.errors).toBeUndefined();
      expect(res.data?.order).toBeNull();
    }
  });

  it('lets staff read any order and refuses anonymous callers', async () => {
    expect((await callSubgraph(subgraph.url, ORDER, { id: othersOrder.id }, admin)).data?.order.id).toBe(othersOrder.id);
    expect((await callSubgraph(subgraph.url, ORDER, { id: othersOrder.id }, support)).data?.order.id).toBe(othersOrder.id);
    expect(code(await callSubgraph(subgraph.url, ORDER, { id: first!.id }, anonymous))).toBe('UNAUTHENTICATED');
  });

  it('keeps the order list for staff', async () => {
    expect(code(await callSubgraph(subgraph.url, ORDERS, { first: 1 }, customer(alice)))).toBe('FORBIDDEN');
    expect(code(await callSubgraph(subgraph.url, ORDERS, { first: 1 }, anonymous))).toBe('UNAUTHENTICATED');
    const res = await callSubgraph(subgraph.url, ORDERS, { first: 2 }, support);
    expect(res.data?.orders.totalCount).toBe(demo.length);
    expect(res.data?.orders.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([demo.at(-1)!.id, demo.at(-2)!.id]);
  });

  it('lists 50 orders with their lines in three queries (page, count, lines)', async () => {
    subgraph.resetQueryCount();
    const res = await callSubgraph(subgraph.url, ORDERS, { first: 50 }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data?.orders.edges).toHaveLength(50);
    expect(res.data?.orders.pageInfo.hasNextPage).toBe(true);
    expect(subgraph.queryCount()).toBeLessThanOrEqual(3);
  });

  it('pages through a filtered listing without gaps or repeats', async () => {
    const filter = { financialStatus: ['REFUNDED', 'VOIDED'], createdAfter: '2025-06-01', createdBefore: '2026-01-01T00:00:00Z' };
    const expected = demo
      .filter((o) => ['REFUNDED', 'VOIDED'].includes(o.financialStatus) && o.createdAt >= '2025-06-01' && o.createdAt < '2026-01-01')
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
      .map((o) => o.id);
    expect(expected.length).toBeGreaterThan(10);
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const res: { data?: { orders: any } | null } = await callSubgraph(subgraph.url, ORDERS, { first: 7, after, filter }, admin);
      expect(res.data?.orders.totalCount).toBe(expected.length);
      seen.push(...res.data!.orders.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!res.data!.orders.pageInfo.hasNextPage) break;
      after = res.data!.orders.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('refuses bad paging and filter input as BAD_USER_INPUT', async () => {
    expect(code(await callSubgraph(subgraph.url, ORDERS, { first: 101 }, admin))).toBe('BAD_USER_INPUT');
    expect(code(await callSubgraph(subgraph.url, ORDERS, { after: 'garbage' }, admin))).toBe('BAD_USER_INPUT');
    expect(code(await callSubgraph(subgraph.url, ORDERS, { filter: { createdAfter: 'last tuesday' } }, admin))).toBe('BAD_USER_INPUT');
  });

  it('resolves 30 order references with their lines in two queries', async () => {
    subgraph.resetQueryCount();
    const reps = demo.slice(0, 30).map((o) => ({ __typename: 'Order', id: o.id }));
    const res = await callSubgraph(
      subgraph.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { id total { amount } lines { sku total { amount } } } } }',
      { r: reps },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?._entities.map((o: { id: string }) => o.id)).toEqual(reps.map((r) => r.id));
    expect(res.data?._entities.every((o: { lines: unknown[] }) => o.lines.length > 0)).toBe(true);
    expect(subgraph.queryCount()).toBeLessThanOrEqual(2);
  });

  it('resolves an order reference to null for a customer who does not own it', async () => {
    const reps = [first!, othersOrder].map((o) => ({ __typename: 'Order', id: o.id }));
    const res = await callSubgraph(
      subgraph.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { id } } }',
      { r: reps },
      customer(alice),
    );
    expect(res.data?._entities).toEqual([{ id: first!.id }, null]);
  });

  it('gives users their own order history, newest first, in pages', async () => {
    const mine = demo.filter((o) => o.customerId === alice).reverse();
    const r = [{ __typename: 'User', id: alice }];
    const page1 = await callSubgraph(subgraph.url, USER_ORDERS, { r, first: 3 }, customer(alice));
    expect(page1.errors).toBeUndefined();
    const orders = page1.data?._entities[0].orders;
    expect(orders.totalCount).toBe(mine.length);
    expect(orders.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(mine.slice(0, 3).map((o) => o.id));
    const page2 = await callSubgraph(subgraph.url, USER_ORDERS, { r, first: 3, after: orders.pageInfo.endCursor }, support);
    expect(page2.data?._entities[0].orders.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(mine.slice(3, 6).map((o) => o.id));
  });

  it("refuses another user's order history", async () => {
    const r = [{ __typename: 'User', id: othersOrder.customerId }];
    expect(code(await callSubgraph(subgraph.url, USER_ORDERS, { r }, customer(alice)))).toBe('FORBIDDEN');
    expect(code(await callSubgraph(subgraph.url, USER_ORDERS, { r }, anonymous))).toBe('UNAUTHENTICATED');
    expect((await callSubgraph(subgraph.url, USER_ORDERS, { r, first: 1 }, admin)).data?._entities[0].orders.edges).toHaveLength(1);
  });

  it('resolves the order histories of 30 users, with lines, in three queries', async () => {
    const r = [...new Set(demo.map((o) => o.customerId))].slice(0, 30).map((id) => ({ __typename: 'User', id }));
    expect(r).toHaveLength(30);
    subgraph.resetQueryCount();
    const res = await callSubgraph(
      subgraph.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id orders(first: 2) { totalCount edges { node { customer { id } lines { sku } } } } } } }',
      { r },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(subgraph.queryCount()).toBeLessThanOrEqual(3);
    for (const user of res.data?._entities ?? []) {
      expect(user.orders.totalCount).toBe(demo.filter((o) => o.customerId === user.id).length);
      expect(user.orders.edges.length).toBe(Math.min(2, user.orders.totalCount));
      for (const edge of user.orders.edges) expect(edge.node.customer.id).toBe(user.id);
    }
  });

  describe('carts', () => {
    const CART =
      'query($id: ID!) { cart(id: $id) { id totalQuantity currencyCode subtotal { amount currencyCode } updatedAt lines { quantity product { id } variant { id } unitPrice { amount } total { amount } } } }';
    const owner = demoUsers().find((u) => u.role === 'CUSTOMER')!.id;
    const priceOf = new Map(demoCatalog().products.flatMap((p) => p.variants.map((v) => [v.id, v.priceMinor] as const)));

    it('lets anyone holding a guest cart id read it, priced from the catalogue', async () => {
      // The read model fills from product events in the background.
      const res = await waitFor(
        async () => {
          const r = await callSubgraph(subgraph.url, CART, { id: DEMO_GUEST_CART_ID }, anonymous);
          return r.data?.cart?.lines.length === 2 ? r : undefined;
        },
        { timeoutMs: 30_000, message: 'the seeded guest cart to be priced' },
      );
      const cart = res.data?.cart;
      expect(cart).toMatchObject({ id: DEMO_GUEST_CART_ID, totalQuantity: 3, currencyCode: 'USD', updatedAt: now.toISOString() });
      for (const line of cart.lines) expect(line.unitPrice.amount).toBe((priceOf.get(line.variant.id)! / 100).toFixed(2));
      const sum = cart.lines.reduce((acc: number, l: { total: { amount: string } }) => acc + Math.round(Number(l.total.amount) * 100), 0);
      expect(cart.subtotal).toEqual({ amount: (sum / 100).toFixed(2), currencyCode: 'USD' });
    });

    it("shows a customer's cart to its owner and staff, and null to others", async () => {
      const id = demoCartId(owner);
      expect((await callSubgraph(subgraph.url, CART, { id }, customer(owner))).data?.cart.id).toBe(id);
      expect((await callSubgraph(subgraph.url, CART, { id }, admin)).data?.cart.id).toBe(id);
      expect((await callSubgraph(subgraph.url, CART, { id }, customer('usr_other'))).data?.cart).toBeNull();
      expect((await callSubgraph(subgraph.url, CART, { id }, anonymous)).data?.cart).toBeNull();
    });

    it("answers myCart with the signed-in customer's cart, or null", async () => {
      const mine = await callSubgraph(subgraph.url, '{ myCart { id lines { id } } }', {}, customer(owner));
      expect(mine.data?.myCart).toMatchObject({ id: demoCartId(owner), lines: [{ id: expect.any(String) }, { id: expect.any(String) }] });
      expect((await callSubgraph(subgraph.url, '{ myCart { id } }', {}, anonymous)).data?.myCart).toBeNull();
      expect((await callSubgraph(subgraph.url, '{ myCart { id } }', {}, customer('usr_without_cart'))).data?.myCart).toBeNull();
    });
  });
});
