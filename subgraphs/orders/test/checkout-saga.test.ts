import { InMemoryEventBus, type DomainEvent } from '@shop/stores';
import { admin, anonymous, customer, waitFor } from '@shop/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorized, captured, held, paymentFailed, recorder, refunded, released, reservationFailed, reserved, riskAssessed, voided } from './helpers/events';
import { ADD, ADDRESS, CARD, CHECKOUT, ORDER, startTestOrders, testCatalog, type TestOrders } from './helpers/subgraph';

const { products, events } = testCatalog(2, 50);
const variant = products[0]!.variants[0]!;
const alice = customer('usr_saga_alice');
const support = { userId: 'usr_support', role: 'SUPPORT' as const };
const codes = (payload: { userErrors: { code: string }[] }) => payload.userErrors.map((e) => e.code);

/** The orders side of the saga, driven by the events inventory and payments would publish. */
describe('checkout and the order saga', () => {
  let orders: TestOrders;
  const bus = new InMemoryEventBus();
  const seen = recorder();

  beforeAll(async () => {
    await bus.subscribe('test', seen.handler, { types: ['order.created', 'order.updated'] });
    orders = await startTestOrders({ bus, catalog: events });
  });
  afterAll(() => orders?.close());

  async function cart(quantity = 2): Promise<string> {
    return (await orders.call(ADD, { variantId: variant.id, quantity }, anonymous)).data!.addCartLine.cart.id;
  }
  async function checkout(cartId: string, as = alice, input: Record<string, unknown> = {}, key = randomUUID()) {
    return (await orders.call(CHECKOUT, { input: { cartId, shippingAddress: ADDRESS, payment: CARD, ...input }, key }, as)).data!.checkout;
  }
  const order = async (id: string, as: object = alice) => (await orders.call(ORDER, { id }, as)).data!.order;
  async function deliver(...list: DomainEvent[]) {
    await bus.publish(list);
    await bus.idle();
  }
  const updates = (orderId: string) => seen.of<{ orderId: string; status: string; version: number }>('order.updated', (p) => p.orderId === orderId);
  /** The relay publishes after each commit, in the background: wait for the expected number of order.updated. */
  const updated = (orderId: string, count: number) =>
    waitFor(() => (updates(orderId).length >= count ? updates(orderId) : undefined), { message: `${count} order.updated for ${orderId}` });

  it('places a PENDING order at once, priced by the rules, and announces it with a card token', async () => {
    const cartId = await cart(2);
    const placed = await checkout(cartId);
    expect(placed.userErrors).toEqual([]);
    const subtotal = 2 * variant.priceMinor;
    expect(placed.order).toMatchObject({
      number: expect.stringMatching(/^SO-2\d{5}$/),
      status: 'PENDING',
      fulfillmentStatus: 'UNFULFILLED',
      financialStatus: 'PENDING',
      version: 0,
      statusHistory: [],
      failureReason: null,
      subtotal: { amount: (subtotal / 100).toFixed(2) },
      shippingAddress: { ...ADDRESS, line2: null },
      lines: [{ sku: variant.sku, quantity: 2, variant: { id: variant.id } }],
    });
    const [created] = await waitFor(() => {
      const found = seen.of<Record<string, any>>('order.created', (p) => p.orderId === placed.order.id);
      return found.length > 0 ? found : undefined;
    });
    expect(created!.payload).toMatchObject({
      source: 'checkout',
      status: 'PENDING',
      fulfillmentStatus: 'UNFULFILLED',
      financialStatus: 'PENDING',
      customerId: 'usr_saga_alice',
      payment: { brand: 'VISA', last4: '4242' },
    });
    expect(created!.payload.payment.token).toMatch(/^tok_sim_/);
    expect(JSON.stringify(created!.payload)).not.toContain('4242424242424242');
    // The cart is gone once checked out.
    expect((await orders.call('query($id: ID!) { cart(id: $id) { id } }', { id: cartId }, anonymous)).data?.cart).toBeNull();
  });

  it('refuses bad input before an order exists', async () => {
    const cartId = await cart();
    expect((await checkout(cartId, alice, { shippingAddress: { ...ADDRESS, country: 'XX' } })).userErrors).toMatchObject([
      { code: 'INVALID_ADDRESS', field: 'input.shippingAddress.country' },
    ]);
    expect((await checkout(cartId, alice, { payment: { ...CARD, expiry: '01/20' } })).userErrors).toMatchObject([
      { code: 'INVALID_CARD', field: 'input.payment.expiry' },
    ]);
    expect((await checkout(cartId, alice, { payment: { ...CARD, cvc: '1' } })).userErrors).toMatchObject([
      { code: 'INVALID_CARD', field: 'input.payment.cvc' },
    ]);
    expect(codes(await checkout('cart_missing'))).toEqual(['CART_NOT_FOUND']);
    const bobs = (await orders.call(ADD, { variantId: variant.id, quantity: 1 }, customer('usr_saga_bob'))).data!.addCartLine.cart.id;
    expect(codes(await checkout(bobs))).toEqual(['CART_NOT_FOUND']);
    const emptied = await cart(1);
    const [line] = (await orders.call('query($id: ID!) { cart(id: $id) { lines { id } } }', { id: emptied }, anonymous)).data!.cart.lines;
    await orders.call('mutation($c: ID, $l: ID!) { removeCartLine(cartId: $c, lineId: $l) { userErrors { code } } }', { c: emptied, l: line.id }, anonymous);
    expect(codes(await checkout(emptied))).toEqual(['CART_EMPTY']);
    expect(
      (await orders.call(CHECKOUT, { input: { cartId, shippingAddress: ADDRESS, payment: CARD }, key: 'k' }, anonymous)).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('confirms an order once stock is reserved and the payment captured', async () => {
    const { order: placed } = await checkout(await cart());
    await deliver(reserved(placed.id));
    expect(await order(placed.id)).toMatchObject({ status: 'RESERVED', version: 1 });
    const capture = captured(placed.id, 1);
    await deliver(capture, capture, reserved(placed.id));
    const confirmed = await order(placed.id);
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', fulfillmentStatus: 'UNFULFILLED', financialStatus: 'PAID', version: 2, failureReason: null });
    expect(confirmed.statusHistory.map((c: { from: string; to: string; version: number }) => [c.version, c.from, c.to])).toEqual([
      [1, 'PENDING', 'RESERVED'],
      [2, 'RESERVED', 'CONFIRMED'],
    ]);
    expect((await updated(placed.id, 2)).map((e) => [e.payload.version, e.payload.status])).toEqual([
      [1, 'RESERVED'],
      [2, 'CONFIRMED'],
    ]);
    expect(updates(placed.id)[1]!.payload).toMatchObject({
      previousStatus: 'RESERVED',
      previousFinancialStatus: 'PENDING',
      financialStatus: 'PAID',
      previousFulfillmentStatus: 'UNFULFILLED',
      fulfillmentStatus: 'UNFULFILLED',
      customerId: 'usr_saga_alice',
      currencyCode: 'USD',
      reason: 'Payment captured.',
    });
    // The change to CONFIRMED carries the receipt (for the confirmation email); the others do not.
    const line = confirmed.lines[0];
    expect(updates(placed.id)[1]!.payload).toMatchObject({
      totalMinor: Math.round(Number(confirmed.total.amount) * 100),
      confirmation: {
        lines: [{ sku: line.sku, productName: expect.any(String), quantity: 2, unitPriceMinor: Math.round(Number(line.unitPrice.amount) * 100) }],
        subtotalMinor: Math.round(Number(confirmed.subtotal.amount) * 100),
        shippingMinor: Math.round(Number(confirmed.shipping.amount) * 100),
        taxMinor: Math.round(Number(confirmed.tax.amount) * 100),
      },
    });
    expect((updates(placed.id)[1]!.payload as unknown as { confirmation: { lines: { productName: string }[] } }).confirmation.lines[0]!.productName).toBe(
      products[0]!.name,
    );
    expect(updates(placed.id)[0]!.payload).not.toHaveProperty('confirmation');
    expect(updates(placed.id)[1]!.payload).not.toHaveProperty('shipment');
    expect(updates(placed.id)[1]!.payload).not.toHaveProperty('refund');
  });

  it('confirms even when the payment outcome is handled before the reservation', async () => {
    const { order: placed } = await checkout(await cart());
    await deliver(captured(placed.id, 1), reserved(placed.id));
    expect((await order(placed.id)).statusHistory.map((c: { to: string }) => c.to)).toEqual(['RESERVED', 'CONFIRMED']);
  });

  it('ends OUT_OF_STOCK with the shortage as the reason and the payment void; nothing moves it after that', async () => {
    const { order: placed } = await checkout(await cart(3));
    await deliver(reservationFailed(placed.id, [{ variantId: variant.id, requested: 3, available: 1 }]), reserved(placed.id), authorized(placed.id, 1));
    const failed = await order(placed.id);
    expect(failed).toMatchObject({
      status: 'OUT_OF_STOCK',
      fulfillmentStatus: 'UNFULFILLED',
      financialStatus: 'VOIDED',
      version: 1,
      failureReason: `Not enough stock: ${variant.sku}: 3 requested, 1 available.`,
    });
  });

  it('follows the money: authorised, then captured; a decline and a void take nothing', async () => {
    const { order: paid } = await checkout(await cart());
    await deliver(reserved(paid.id), authorized(paid.id, 1));
    expect(await order(paid.id)).toMatchObject({ status: 'RESERVED', financialStatus: 'AUTHORIZED', version: 2 });
    await deliver(captured(paid.id, 1), authorized(paid.id, 1));
    const confirmed = await order(paid.id);
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', financialStatus: 'PAID', version: 3 });
    expect(confirmed.statusHistory.map((c: Record<string, string>) => [c.to, c.previousFinancialStatus, c.financialStatus])).toEqual([
      ['RESERVED', 'PENDING', 'PENDING'],
      ['RESERVED', 'PENDING', 'AUTHORIZED'],
      ['CONFIRMED', 'AUTHORIZED', 'PAID'],
    ]);

    const { order: declined } = await checkout(await cart());
    await deliver(reserved(declined.id), authorized(declined.id, 1), paymentFailed(declined.id));
    expect(await order(declined.id)).toMatchObject({ status: 'PAYMENT_FAILED', financialStatus: 'DECLINED' });

    const { order: cancelled } = await checkout(await cart());
    await deliver(reserved(cancelled.id), authorized(cancelled.id, 1), released(cancelled.id, 'EXPIRED'));
    // Cancelled while the card was authorised: the money stays AUTHORIZED until payments voids it.
    expect(await order(cancelled.id)).toMatchObject({ status: 'CANCELLED', financialStatus: 'AUTHORIZED' });
    await deliver(voided(cancelled.id), voided(cancelled.id));
    expect(await order(cancelled.id)).toMatchObject({ status: 'CANCELLED', financialStatus: 'VOIDED', version: 4 });
  });

  it('records a capture that raced a cancellation, and the refund that follows it', async () => {
    const { order: placed } = await checkout(await cart());
    await deliver(released(placed.id, 'EXPIRED'));
    expect(await order(placed.id)).toMatchObject({ status: 'CANCELLED', financialStatus: 'VOIDED' });
    await deliver(reserved(placed.id), captured(placed.id, 5000), refunded(placed.id, 5000, 5000, 5000));
    expect(await order(placed.id)).toMatchObject({ status: 'CANCELLED', fulfillmentStatus: 'UNFULFILLED', financialStatus: 'REFUNDED', version: 3 });
  });

  it('ends PAYMENT_FAILED with the reason when the card is declined', async () => {
    const { order: placed } = await checkout(await cart());
    await deliver(reserved(placed.id), paymentFailed(placed.id, 'INSUFFICIENT_FUNDS'));
    expect(await order(placed.id)).toMatchObject({
      status: 'PAYMENT_FAILED',
      failureReason: 'Payment failed (INSUFFICIENT_FUNDS): the card has insufficient funds.',
    });
  });

  it('cancels an order whose reservation lapsed, and ignores releases it caused itself', async () => {
    const lapsed = (await checkout(await cart())).order;
    await deliver(reserved(lapsed.id), released(lapsed.id, 'EXPIRED'));
    expect(await order(lapsed.id)).toMatchObject({ status: 'CANCELLED', failureReason: expect.stringContaining('expired') });
    const kept = (await checkout(await cart())).order;
    await deliver(reserved(kept.id), released(kept.id, 'ORDER_CANCELLED'));
    expect((await order(kept.id)).status).toBe('RESERVED');
  });

  it('follows refunds: partial, partial again, then full', async () => {
    const { order: placed } = await checkout(await cart());
    await deliver(reserved(placed.id), captured(placed.id, 5000), refunded(placed.id, 1000, 1000, 5000));
    // Refunds move the money only: the order is still CONFIRMED (paid, not shipped).
    expect(await order(placed.id)).toMatchObject({ status: 'CONFIRMED', financialStatus: 'PARTIALLY_REFUNDED', version: 3 });
    await deliver(refunded(placed.id, 1500, 2500, 5000));
    expect(await order(placed.id)).toMatchObject({ status: 'CONFIRMED', financialStatus: 'PARTIALLY_REFUNDED', version: 4 });
    await deliver(refunded(placed.id, 2500, 5000, 5000));
    const done = await order(placed.id);
    expect(done).toMatchObject({ status: 'CONFIRMED', fulfillmentStatus: 'UNFULFILLED', financialStatus: 'REFUNDED', version: 5 });
    expect(done.statusHistory.slice(2).map((c: Record<string, string>) => [c.from, c.to, c.previousFinancialStatus, c.financialStatus])).toEqual([
      ['CONFIRMED', 'CONFIRMED', 'PAID', 'PARTIALLY_REFUNDED'],
      ['CONFIRMED', 'CONFIRMED', 'PARTIALLY_REFUNDED', 'PARTIALLY_REFUNDED'],
      ['CONFIRMED', 'CONFIRMED', 'PARTIALLY_REFUNDED', 'REFUNDED'],
    ]);
    expect((await updated(placed.id, 5)).at(-1)!.payload).toMatchObject({
      status: 'CONFIRMED',
      previousStatus: 'CONFIRMED',
      financialStatus: 'REFUNDED',
      previousFinancialStatus: 'PARTIALLY_REFUNDED',
      refund: { refundId: 'ref_5000', amountMinor: 2500, refundedTotalMinor: 5000 },
    });
    expect(updates(placed.id).map((e) => (e.payload as { refund?: { amountMinor: number } }).refund?.amountMinor)).toEqual([
      undefined,
      undefined,
      1000,
      1500,
      2500,
    ]);
    expect(done.statusHistory.at(-1).reason).toBe('Refunded 25.00 USD (50.00 USD of 50.00 USD in total).');
  });

  it('ships and delivers as staff, refusing illegal moves and customers', async () => {
    const { order: placed } = await checkout(await cart());
    const ship = (as: object, trackingNumber = '1Z999AA10123456784') =>
      orders.call(
        'mutation($i: ShipOrderInput!) { shipOrder(input: $i) { order { status shipment { carrier trackingNumber shippedAt } } userErrors { code field } } }',
        { i: { orderId: placed.id, carrier: 'UPS', trackingNumber } },
        as,
      );
    const deliverIt = (as: object) =>
      orders.call('mutation($id: ID!) { markOrderDelivered(orderId: $id) { order { status deliveredAt } userErrors { code } } }', { id: placed.id }, as);
    expect((await ship(support)).data!.shipOrder.userErrors).toEqual([{ code: 'ILLEGAL_TRANSITION', field: 'input.orderId' }]);
    await deliver(reserved(placed.id), captured(placed.id, 1));
    expect((await ship(alice)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await ship(anonymous)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(codes((await ship(support, '  ')).data!.shipOrder)).toEqual(['INVALID_INPUT']);
    expect(codes((await deliverIt(support)).data!.markOrderDelivered)).toEqual(['ILLEGAL_TRANSITION']);
    expect((await ship(support)).data!.shipOrder).toMatchObject({
      order: { status: 'FULFILLED', shipment: { carrier: 'UPS', trackingNumber: '1Z999AA10123456784', shippedAt: expect.any(String) } },
      userErrors: [],
    });
    expect(codes((await ship(support)).data!.shipOrder)).toEqual(['ILLEGAL_TRANSITION']);
    expect((await deliverIt(admin)).data!.markOrderDelivered).toMatchObject({
      order: { status: 'DELIVERED', deliveredAt: expect.any(String) },
      userErrors: [],
    });
    expect((await updated(placed.id, 4)).map((e) => e.payload.status)).toEqual(['RESERVED', 'CONFIRMED', 'FULFILLED', 'DELIVERED']);
    expect(updates(placed.id).map((e) => (e.payload as Record<string, unknown>).fulfillmentStatus)).toEqual([
      'UNFULFILLED',
      'UNFULFILLED',
      'FULFILLED',
      'DELIVERED',
    ]);
    // From shipping on, every order.updated says where the parcel is (the shipping email reads it).
    expect(updates(placed.id).map((e) => (e.payload as { shipment?: { trackingNumber: string } }).shipment?.trackingNumber)).toEqual([
      undefined,
      undefined,
      '1Z999AA10123456784',
      '1Z999AA10123456784',
    ]);
    expect(updates(placed.id)[2]!.payload).toMatchObject({ shipment: { carrier: 'UPS', shippedAt: expect.any(String) } });
    expect(await order(placed.id, support)).toMatchObject({ status: 'DELIVERED', fulfillmentStatus: 'DELIVERED', financialStatus: 'PAID' });
  });

  it('cancels as admin only, with the reason recorded, and never after shipping', async () => {
    const cancel = (orderId: string, as: object, reason = 'customer asked') =>
      orders.call(
        'mutation($id: ID!, $r: String!) { cancelOrder(orderId: $id, reason: $r) { order { status failureReason } userErrors { code } } }',
        { id: orderId, r: reason },
        as,
      );
    const { order: placed } = await checkout(await cart());
    await deliver(reserved(placed.id), captured(placed.id, 1));
    expect((await cancel(placed.id, support)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(codes((await cancel('ord_missing', admin)).data!.cancelOrder)).toEqual(['ORDER_NOT_FOUND']);
    expect((await cancel(placed.id, admin)).data!.cancelOrder).toMatchObject({
      order: { status: 'CANCELLED', failureReason: 'customer asked' },
      userErrors: [],
    });
    expect(codes((await cancel(placed.id, admin)).data!.cancelOrder)).toEqual(['ILLEGAL_TRANSITION']);
    expect((await updated(placed.id, 3)).at(-1)!.payload).toMatchObject({
      status: 'CANCELLED',
      previousStatus: 'CONFIRMED',
      reason: 'customer asked',
      version: 3,
    });
    // Cancelling a paid order leaves the money PAID until payments refunds it; then only the money moves.
    expect(await order(placed.id)).toMatchObject({ status: 'CANCELLED', financialStatus: 'PAID' });
    await deliver(refunded(placed.id, 1, 1, 1));
    expect(await order(placed.id)).toMatchObject({ status: 'CANCELLED', fulfillmentStatus: 'UNFULFILLED', financialStatus: 'REFUNDED' });
    // Cancelled before any payment: void at once.
    const { order: unpaid } = await checkout(await cart());
    expect((await cancel(unpaid.id, admin)).data!.cancelOrder.userErrors).toEqual([]);
    expect(await order(unpaid.id)).toMatchObject({ status: 'CANCELLED', financialStatus: 'VOIDED' });
  });

  describe('fraud review', () => {
    const review = (name: 'approveOrder' | 'rejectOrder', id: string, as: object, reason = 'card testing') =>
      orders.call(
        name === 'approveOrder'
          ? 'mutation($id: ID!) { approveOrder(id: $id) { order { status } userErrors { code message } } }'
          : 'mutation($id: ID!, $r: String!) { rejectOrder(id: $id, reason: $r) { order { status } userErrors { code message field } } }',
        name === 'approveOrder' ? { id } : { id, r: reason },
        as,
      );

    it('holds on payment.held (through RESERVED), carries the risk in order.updated, and staff approve once', async () => {
      const { order: placed } = await checkout(await cart());
      await deliver(riskAssessed(placed.id, 'HIGH', 0.93), held(placed.id, 1));
      expect(await order(placed.id, support)).toMatchObject({ status: 'ON_HOLD', financialStatus: 'AUTHORIZED', version: 2 });
      const hold = (await updated(placed.id, 2)).at(-1)!.payload as Record<string, any>;
      expect(hold).toMatchObject({ status: 'ON_HOLD', previousStatus: 'RESERVED', risk: { level: 'HIGH', score: 0.93 } });
      expect(hold.reason).toBe('Held for fraud review: HIGH risk (0.93): 4 declined attempts in the last hour on 5 cards.');

      expect((await review('approveOrder', placed.id, alice)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await review('approveOrder', placed.id, anonymous)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await review('approveOrder', placed.id, support)).data!.approveOrder).toEqual({ order: { status: 'RESERVED' }, userErrors: [] });
      expect((await review('approveOrder', placed.id, support)).data!.approveOrder.userErrors).toEqual([]);
      expect(codes((await review('rejectOrder', placed.id, admin)).data!.rejectOrder)).toEqual(['ILLEGAL_TRANSITION']);
      await deliver(captured(placed.id, 1));
      expect(await order(placed.id, support)).toMatchObject({ status: 'CONFIRMED', financialStatus: 'PAID', version: 4 });
      expect((await updated(placed.id, 4)).map((e) => e.payload.status)).toEqual(['RESERVED', 'ON_HOLD', 'RESERVED', 'CONFIRMED']);
    });

    it('rejects with the reason (money stays AUTHORIZED until payments voids), and a held order lapses to CANCELLED', async () => {
      const { order: placed } = await checkout(await cart());
      await deliver(reserved(placed.id), held(placed.id, 1));
      expect(codes((await review('rejectOrder', placed.id, support, '  ')).data!.rejectOrder)).toEqual(['INVALID_INPUT']);
      expect((await review('rejectOrder', placed.id, support)).data!.rejectOrder).toEqual({ order: { status: 'CANCELLED' }, userErrors: [] });
      expect((await review('rejectOrder', placed.id, support)).data!.rejectOrder.userErrors).toEqual([]);
      expect(await order(placed.id)).toMatchObject({
        status: 'CANCELLED',
        financialStatus: 'AUTHORIZED',
        failureReason: 'Rejected after fraud review: card testing',
      });
      await deliver(voided(placed.id));
      expect(await order(placed.id)).toMatchObject({ status: 'CANCELLED', financialStatus: 'VOIDED' });

      const { order: lapsing } = await checkout(await cart());
      await deliver(reserved(lapsing.id), held(lapsing.id, 1), released(lapsing.id, 'EXPIRED'));
      expect(await order(lapsing.id)).toMatchObject({ status: 'CANCELLED', financialStatus: 'AUTHORIZED' });
      expect(codes((await review('approveOrder', lapsing.id, support)).data!.approveOrder)).toEqual(['ILLEGAL_TRANSITION']);
      expect(codes((await review('approveOrder', 'ord_missing', support)).data!.approveOrder)).toEqual(['ORDER_NOT_FOUND']);
    });

    it('keeps a LOW assessment on the order without a change of status', async () => {
      const { order: placed } = await checkout(await cart());
      await deliver(riskAssessed(placed.id, 'LOW', 0.05), reserved(placed.id));
      expect(await order(placed.id)).toMatchObject({ status: 'RESERVED', version: 1 });
      expect((await updated(placed.id, 1))[0]!.payload).toMatchObject({ status: 'RESERVED', risk: { level: 'LOW', score: 0.05, reasons: [] } });
    });
  });

  it('shows a customer their own orders only; staff see all', async () => {
    const { order: placed } = await checkout(await cart());
    expect(await order(placed.id, customer('usr_saga_bob'))).toBeNull();
    expect((await order(placed.id, support)).id).toBe(placed.id);
  });
});
