import { demoStock } from '@shop/demo-data';
import { createLogger, DEMO_SECRETS, type StartedSubgraph } from '@shop/kit';
import { InMemoryEventBus, newEvent, type DomainEvent } from '@shop/stores';
import { admin, anonymous, callSubgraph, customer, waitFor } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInventorySubgraph } from '../src/app';

const support = { userId: 'usr_support', role: 'SUPPORT' as const };
const stock = demoStock();
/** Variants stocked in every warehouse, each test its own. */
const variants = [...new Set(stock.map((l) => l.variantId))].filter((v) => stock.filter((l) => l.variantId === v).every((l) => l.quantity >= 3));
const RESERVATION = '{ id orderId status expiresAt allocations { variantId quantity warehouse { id code } } }';
const QUERY = `query($orderId: ID!) { reservation(orderId: $orderId) ${RESERVATION} }`;
const LEVELS = `query($id: ID!) { _entities(representations: [{ __typename: "ProductVariant", id: $id }]) { ... on ProductVariant { inventory { levels { onHand reserved warehouse { id } } } } } }`;

const orderCreated = (orderId: string, lines: { variantId: string; quantity: number }[], source: 'checkout' | 'history' = 'checkout') =>
  newEvent('order.created', {
    orderId,
    number: `N-${orderId}`,
    customerId: 'usr_0001',
    currencyCode: 'USD',
    totalMinor: 1000,
    createdAt: new Date().toISOString(),
    lines: lines.map((l) => ({ productId: 'prd_x', sku: 'SKU', unitPriceMinor: 500, ...l })),
    source,
    status: source === 'checkout' ? 'PENDING' : 'DELIVERED',
  });
const orderUpdated = (orderId: string, status: string, previousStatus: string) =>
  newEvent('order.updated', {
    orderId,
    number: `N-${orderId}`,
    customerId: 'usr_0001',
    status,
    previousStatus,
    version: 2,
    reason: null,
    totalMinor: 1000,
    currencyCode: 'USD',
  });

describe('inventory subgraph — checkout reservations', () => {
  let subgraph: StartedSubgraph;
  const bus = new InMemoryEventBus();
  const published: DomainEvent[] = [];

  beforeAll(async () => {
    await bus.subscribe('test', async (e) => void published.push(e));
    // A 1 s lifetime and a fast sweep, so that lapsing can be watched; paid orders commit in milliseconds.
    subgraph = await startInventorySubgraph({
      port: 0,
      gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET,
      logger: createLogger('silent'),
      seed: true,
      bus,
      reservationTtlSeconds: 1,
      reservationSweepMs: 50,
    });
  });
  afterAll(() => subgraph?.close());

  const eventFor = (type: string, orderId: string) =>
    waitFor(() => published.find((e) => e.type === type && (e.payload as { orderId: string }).orderId === orderId)?.payload as Record<string, any>, {
      message: `${type} for ${orderId}`,
    });
  const reservation = async (orderId: string, as: Parameters<typeof callSubgraph>[3] = support) => callSubgraph(subgraph.url, QUERY, { orderId }, as);
  const levels = async (variantId: string) => (await callSubgraph(subgraph.url, LEVELS, { id: variantId }, admin)).data?._entities[0].inventory.levels;
  const totals = (ls: { onHand: number; reserved: number }[]) => ({
    onHand: ls.reduce((n, l) => n + l.onHand, 0),
    reserved: ls.reduce((n, l) => n + l.reserved, 0),
  });

  it('reserves a checkout order from order.created and commits it when order.updated says CONFIRMED', async () => {
    const variantId = variants[0]!;
    const before = totals(await levels(variantId));
    await bus.publish([orderCreated('ord_paid', [{ variantId, quantity: 2 }]), orderUpdated('ord_paid', 'CONFIRMED', 'RESERVED')]);

    const reserved = await eventFor('inventory.reserved', 'ord_paid');
    expect(reserved).toEqual({
      orderId: 'ord_paid',
      reservationId: expect.stringMatching(/^rsv_/),
      expiresAt: expect.any(String),
      allocations: [expect.objectContaining({ variantId, quantity: 2 })],
    });
    await waitFor(async () => (await reservation('ord_paid')).data?.reservation?.status === 'COMMITTED', { message: 'the reservation to be committed' });

    const shown = (await reservation('ord_paid')).data?.reservation;
    expect(shown).toMatchObject({ id: reserved.reservationId, orderId: 'ord_paid', status: 'COMMITTED', expiresAt: reserved.expiresAt });
    expect(shown.allocations).toEqual([{ variantId, quantity: 2, warehouse: { id: reserved.allocations[0].warehouseId, code: expect.any(String) } }]);
    expect(totals(await levels(variantId))).toEqual({ onHand: before.onHand - 2, reserved: 0 });
  });

  it('shows reservations to support and admins only; an order without one is null', async () => {
    expect((await reservation('ord_paid', customer('usr_0001'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await reservation('ord_paid', anonymous)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await reservation('ord_paid', admin)).data?.reservation).toMatchObject({ status: 'COMMITTED' });
    expect(await reservation('ord_unknown')).toEqual({ data: { reservation: null } });
  });

  it('ignores seeded history orders and refuses what is not in stock', async () => {
    const variantId = variants[1]!;
    const available = stock.filter((l) => l.variantId === variantId).reduce((n, l) => n + l.quantity, 0);
    await bus.publish([
      orderCreated('ord_history', [{ variantId, quantity: 1 }], 'history'),
      orderCreated('ord_greedy', [{ variantId, quantity: available + 1 }]),
    ]);
    // The bus hands events over in order: once the second is answered, the first was handled.
    expect(await eventFor('inventory.reservation_failed', 'ord_greedy')).toEqual({
      orderId: 'ord_greedy',
      reason: 'OUT_OF_STOCK',
      shortages: [{ variantId, requested: available + 1, available }],
    });
    expect((await reservation('ord_history')).data?.reservation).toBeNull();
    expect((await reservation('ord_greedy')).data?.reservation).toBeNull();
    expect(totals(await levels(variantId))).toEqual({ onHand: available, reserved: 0 });
  });

  it('keeps the stock of an order held for fraud review past its lifetime, and releases it when the order is rejected', async () => {
    const [heldVariant, controlVariant] = [variants[5]!, variants[6]!];
    await bus.publish([orderCreated('ord_held', [{ variantId: heldVariant, quantity: 2 }]), orderUpdated('ord_held', 'ON_HOLD', 'RESERVED')]);
    const extended = await eventFor('inventory.hold_extended', 'ord_held');
    expect(Date.parse(extended.expiresAt)).toBeGreaterThan(Date.now() + 2 * 86_400_000);
    // A reservation made after it lapses (1 s): once the sweeper released that one, it passed this one by.
    await bus.publish([orderCreated('ord_control', [{ variantId: controlVariant, quantity: 1 }])]);
    await eventFor('inventory.released', 'ord_control');
    expect((await reservation('ord_held')).data?.reservation).toMatchObject({ status: 'ACTIVE', expiresAt: extended.expiresAt });
    expect(totals(await levels(heldVariant)).reserved).toBe(2);

    await bus.publish([orderUpdated('ord_held', 'CANCELLED', 'ON_HOLD')]);
    expect(await eventFor('inventory.released', 'ord_held')).toMatchObject({ reason: 'ORDER_CANCELLED' });
    expect(totals(await levels(heldVariant)).reserved).toBe(0);
  });

  it('releases a reservation that lapses unpaid and announces it', async () => {
    const variantId = variants[2]!;
    await bus.publish([orderCreated('ord_lapsed', [{ variantId, quantity: 3 }])]);
    await eventFor('inventory.reserved', 'ord_lapsed');
    expect(await eventFor('inventory.released', 'ord_lapsed')).toEqual({ orderId: 'ord_lapsed', reservationId: expect.any(String), reason: 'EXPIRED' });
    expect((await reservation('ord_lapsed')).data?.reservation).toMatchObject({ status: 'EXPIRED' });
    expect(totals(await levels(variantId)).reserved).toBe(0);
  });

  it('puts the stock of a cancelled paid order back', async () => {
    const variantId = variants[3]!;
    const before = totals(await levels(variantId));
    await bus.publish([
      orderCreated('ord_cancel', [{ variantId, quantity: 1 }]),
      orderUpdated('ord_cancel', 'CONFIRMED', 'RESERVED'),
      orderUpdated('ord_cancel', 'CANCELLED', 'CONFIRMED'),
    ]);
    expect(await eventFor('inventory.released', 'ord_cancel')).toMatchObject({ reason: 'ORDER_CANCELLED' });
    expect((await reservation('ord_cancel')).data?.reservation).toMatchObject({ status: 'RELEASED' });
    expect(totals(await levels(variantId))).toEqual(before);
  });
});
