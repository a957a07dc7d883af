import { randomUUID } from 'node:crypto';
import { demoCatalog, demoUsers, DEMO_CREDENTIALS } from '@shop/demo-data';
import { DEMO_SECRETS } from '@shop/kit';
import { chargeRefunded, deliverWebhook, SIGNATURE_HEADER, signWebhook, WEBHOOK_PATH, webhookDelivery } from '@shop/payments-subgraph';
import { waitFor } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveClient } from './live-client';
import { CARD, DECLINING_CARDS, inBatches, Shopper, total } from './shopper';
import { bootStack, login, stackTargets } from './support';

/**
 * The commerce flow as a shopper and an admin meet it, only through the gateway: carts, checkouts
 * with each test card, concurrent checkouts and retries, cancellations and refunds; then stock,
 * orders and payments are reconciled.
 */
const { products } = demoCatalog();
const customerEmail = (n: number) => demoUsers().find((u) => u.id === `usr_${String(n).padStart(4, '0')}`)!.email;
/** Each test works on its own product so that their stock does not mix. */
const productFor = (() => {
  let next = 100;
  return () => {
    const product = products[next++]!;
    return { productId: product.id, variantId: product.variants[0]!.id, priceMinor: product.variants[0]!.priceMinor };
  };
})();

for (const target of stackTargets) {
  describe.skipIf(target.skip)(`commerce flow through the gateway — ${target.name}`, () => {
    let stack: Awaited<ReturnType<typeof bootStack>>;
    let admin: Shopper;
    let customer: Shopper;
    let anonymous: Shopper;
    const startedAt = new Date().toISOString();

    /** Lets every consumer catch up (read models, saga steps) before the next step. */
    const settle = () =>
      waitFor(async () => (await stack.bus.backlog()).pending === 0, { timeoutMs: 60_000, intervalMs: 20, message: 'the event backlog to drain' });

    /** Sets a variant's stock to exactly `onHand` units in the first warehouse and none elsewhere. */
    async function setStock(productId: string, variantId: string, onHand: number) {
      const levels = await admin.levels(productId, variantId);
      for (const [i, level] of levels.entries()) {
        const target = i === 0 ? onHand : 0;
        if (level.onHand !== target) await admin.adjustStock(variantId, level.warehouseId, target - level.onHand);
      }
      await settle();
      // Carts check quantities against orders' copy of the stock, fed by events: wait until it has
      // seen at least the new level (a throwaway cart takes all of it).
      if (onHand > 0) {
        await waitFor(async () => (await anonymous.addCartLine(variantId, onHand)).userErrors.length === 0, {
          timeoutMs: 30_000,
          intervalMs: 50,
          message: `orders to see ${onHand} units of ${variantId}`,
        });
      }
    }

    beforeAll(async () => {
      stack = await bootStack(target);
      const url = stack.gateway.url;
      admin = new Shopper(url, await login(url, DEMO_CREDENTIALS.admin.email, DEMO_CREDENTIALS.admin.password));
      customer = new Shopper(url, await login(url, DEMO_CREDENTIALS.customer.email, DEMO_CREDENTIALS.customer.password));
      anonymous = new Shopper(url);
    });
    afterAll(() => stack?.dispose());

    it('prices a cart from the catalogue, reports unavailable quantities as userErrors and merges it on sign-in', async () => {
      const { productId, variantId, priceMinor } = productFor();
      await setStock(productId, variantId, 5);

      const added = await anonymous.addCartLine(variantId, 2);
      expect(added.userErrors).toEqual([]);
      expect(added.cart!.lines).toHaveLength(1);
      expect(added.cart!.lines[0].unitPrice.amount).toBe((priceMinor / 100).toFixed(2));
      expect(added.cart!.subtotal.amount).toBe(((2 * priceMinor) / 100).toFixed(2));

      const tooMany = await anonymous.addCartLine(variantId, 4, added.cart!.id);
      expect(tooMany.userErrors.map((e) => e.code)).toEqual(['INSUFFICIENT_STOCK']);
      const unknown = await anonymous.addCartLine('var_does_not_exist', 1, added.cart!.id);
      expect(unknown.userErrors.map((e) => e.code)).toEqual(['VARIANT_NOT_FOUND']);

      const shopper = new Shopper(stack.gateway.url, await login(stack.gateway.url, customerEmail(2), DEMO_CREDENTIALS.customer.password));
      const merged = await shopper.call(`mutation($id: ID!) { mergeCart(cartId: $id) { cart { id totalQuantity } userErrors { code } } }`, {
        id: added.cart!.id,
      });
      expect(merged.mergeCart.userErrors).toEqual([]);
      expect(merged.mergeCart.cart.totalQuantity).toBeGreaterThanOrEqual(2);
      const anonymousCart = await anonymous.call(`query($id: ID!) { cart(id: $id) { id } }`, { id: added.cart!.id });
      expect(anonymousCart.cart).toBeNull();
    });

    it('checks out with a good card: reserved, paid, confirmed, stock committed', async () => {
      const { productId, variantId, priceMinor } = productFor();
      await setStock(productId, variantId, 10);
      const cartId = await anonymous.cartWith(variantId, 3);

      const placed = await customer.checkout(cartId);
      expect(placed.userErrors).toEqual([]);
      expect(placed.order!.status).toBe('PENDING');

      const order = await customer.settled(placed.order!.id);
      expect(order.status).toBe('CONFIRMED');
      expect(order).toMatchObject({ fulfillmentStatus: 'UNFULFILLED', financialStatus: 'PAID' });
      expect(order.statusHistory.map((c: { to: string; financialStatus: string }) => [c.to, c.financialStatus])).toEqual([
        ['RESERVED', 'PENDING'],
        ['RESERVED', 'AUTHORIZED'],
        ['CONFIRMED', 'PAID'],
      ]);
      expect(order.payments).toHaveLength(1);
      expect(order.payments[0]).toMatchObject({ status: 'CAPTURED', amount: order.total, capturedAmount: order.total });
      expect(Number(order.total.amount)).toBeGreaterThanOrEqual((3 * priceMinor) / 100);

      await settle();
      const levels = await admin.levels(productId, variantId);
      expect(total(levels, 'onHand')).toBe(7);
      expect(total(levels, 'reserved')).toBe(0);
    });

    it('warns about cart lines the stock no longer covers and refuses them at checkout before any order or payment', async () => {
      const { productId, variantId } = productFor();
      await setStock(productId, variantId, 5);
      const cartId = await anonymous.cartWith(variantId, 4);
      const cartQuery = `query($id: ID!) { cart(id: $id) { checkoutReady lines { id quantity available warnings { code message } } } }`;
      const cartWhen = async (available: number) => {
        let cart: any;
        await waitFor(async () => (cart = (await anonymous.call(cartQuery, { id: cartId })).cart).lines[0].available === available, {
          timeoutMs: 30_000,
          message: `the cart to see ${available} available`,
        });
        return cart;
      };
      expect((await cartWhen(5)).checkoutReady).toBe(true);

      // The stock falls after the line was added: the cart says so, line by line.
      const [first] = await admin.levels(productId, variantId);
      await admin.adjustStock(variantId, first!.warehouseId, -3);
      const short = await cartWhen(2);
      expect(short.checkoutReady).toBe(false);
      expect(short.lines[0].warnings).toEqual([{ code: 'INSUFFICIENT_STOCK', message: expect.stringContaining('Only 2 are available') }]);

      const ordersBefore = (await admin.call('{ orders(first: 1) { totalCount } }')).orders.totalCount;
      const refused = await customer.checkout(cartId);
      expect(refused.order).toBeNull();
      expect(refused.userErrors).toEqual([expect.objectContaining({ code: 'INSUFFICIENT_STOCK', field: `lines.${short.lines[0].id}` })]);
      expect((await admin.call('{ orders(first: 1) { totalCount } }')).orders.totalCount).toBe(ordersBefore);

      await admin.adjustStock(variantId, first!.warehouseId, -2);
      expect((await cartWhen(0)).lines[0].warnings.map((w: { code: string }) => w.code)).toEqual(['OUT_OF_STOCK']);
      await admin.adjustStock(variantId, first!.warehouseId, 3);
      await cartWhen(3);
      const lowered = await anonymous.call(
        `mutation($c: ID, $l: ID!) { updateCartLine(cartId: $c, lineId: $l, quantity: 3) { cart { checkoutReady } userErrors { code } } }`,
        { c: cartId, l: short.lines[0].id },
      );
      expect(lowered.updateCartLine).toEqual({ cart: { checkoutReady: true }, userErrors: [] });
      const placed = await customer.checkout(cartId);
      expect((await customer.settled(placed.order!.id)).status).toBe('CONFIRMED');
    });

    it('refuses bad card input before any order exists', async () => {
      const { productId, variantId } = productFor();
      await setStock(productId, variantId, 3);
      const cartId = await anonymous.cartWith(variantId, 1);
      const result = await customer.checkout(cartId, { card: { ...CARD, cardNumber: '4242 4242 4242 4241' } });
      expect(result.order).toBeNull();
      expect(result.userErrors).toMatchObject([{ code: 'INVALID_CARD', field: expect.stringContaining('cardNumber') }]);
    });

    it.each(Object.entries(DECLINING_CARDS))('a checkout paid with %s ends PAYMENT_FAILED (%s) with the stock released', async (cardNumber, code) => {
      const { productId, variantId } = productFor();
      await setStock(productId, variantId, 4);
      const cartId = await anonymous.cartWith(variantId, 2);

      const placed = await customer.checkout(cartId, { card: { ...CARD, cardNumber } });
      expect(placed.userErrors).toEqual([]);
      const order = await customer.settled(placed.order!.id);
      expect(order.status).toBe('PAYMENT_FAILED');
      expect(order.failureReason).toBeTruthy();
      expect(order.payments).toMatchObject([{ status: 'FAILED', failureCode: code, capturedAmount: { amount: '0.00' } }]);

      await settle();
      const levels = await admin.levels(productId, variantId);
      expect({ onHand: total(levels, 'onHand'), reserved: total(levels, 'reserved') }).toEqual({ onHand: 4, reserved: 0 });
    });

    it('a declined card gives the cart back intact: another card then pays, and the first key still answers with the failed order', async () => {
      const { productId, variantId } = productFor();
      await setStock(productId, variantId, 4);
      const shopper = new Shopper(stack.gateway.url, await login(stack.gateway.url, customerEmail(7), DEMO_CREDENTIALS.customer.password));
      const myCart = async () => (await shopper.call('{ myCart { id checkoutReady lines { id quantity variant { id } } } }')).myCart;
      // Start from an empty cart of their own (the seeded one holds other things).
      for (const line of (await myCart())?.lines ?? []) {
        await shopper.call('mutation($l: ID!) { removeCartLine(lineId: $l) { userErrors { code } } }', { l: line.id });
      }
      const added = await shopper.addCartLine(variantId, 2);
      expect(added.userErrors).toEqual([]);

      const declined = await shopper.checkout(added.cart!.id, { card: { ...CARD, cardNumber: '4000000000000002' }, idempotencyKey: 'declined-once' });
      expect((await shopper.settled(declined.order!.id)).status).toBe('PAYMENT_FAILED');
      let restored: any;
      await waitFor(async () => (restored = await myCart())?.lines.some((l: any) => l.variant.id === variantId), {
        timeoutMs: 30_000,
        message: 'the cart to come back after the declined payment',
      });
      expect(restored.lines.find((l: any) => l.variant.id === variantId).quantity).toBe(2);
      expect(restored.checkoutReady).toBe(true);

      // The same key sent again answers with the failed order, not a second attempt.
      const replay = await shopper.checkout(added.cart!.id, { card: { ...CARD, cardNumber: '4000000000000002' }, idempotencyKey: 'declined-once' });
      expect(replay.order!.id).toBe(declined.order!.id);
      const paid = await shopper.checkout(restored.id);
      expect(paid.userErrors).toEqual([]);
      const order = await shopper.settled(paid.order!.id);
      expect(order.status).toBe('CONFIRMED');
      expect(order.lines.find((l: any) => l.variant.id === variantId).quantity).toBe(2);
      await settle();
      expect(total(await admin.levels(productId, variantId), 'onHand')).toBe(2);
    });

    it('100 concurrent checkouts for a variant with stock 1: exactly one order succeeds and the stock ends at 0', async () => {
      const { productId, variantId } = productFor();
      await setStock(productId, variantId, 1);
      const carts = await inBatches(100, 10, () => anonymous.cartWith(variantId, 1));

      const attempts = await Promise.all(carts.map((cartId) => customer.checkout(cartId)));
      // Each either becomes an order, or is refused up front once orders has seen the stock gone.
      const placed = attempts.filter((p) => p.order);
      for (const refused of attempts.filter((p) => !p.order)) expect(refused.userErrors.map((e: { code: string }) => e.code)).toEqual(['INSUFFICIENT_STOCK']);
      expect(placed.every((p) => p.userErrors.length === 0)).toBe(true);

      const settled = await inBatches(placed.length, 10, (i) => customer.settled(placed[i]!.order!.id));
      const byStatus = settled.reduce<Record<string, number>>((acc, o) => ({ ...acc, [o.status]: (acc[o.status] ?? 0) + 1 }), {});
      expect(byStatus).toEqual({ CONFIRMED: 1, ...(placed.length > 1 ? { OUT_OF_STOCK: placed.length - 1 } : {}) });
      // Only the winner was ever charged.
      expect(settled.flatMap((o) => o.payments).filter((p: { status: string }) => p.status === 'CAPTURED')).toHaveLength(1);

      await settle();
      const levels = await admin.levels(productId, variantId);
      expect({ onHand: total(levels, 'onHand'), reserved: total(levels, 'reserved'), available: total(levels, 'available') }).toEqual({
        onHand: 0,
        reserved: 0,
        available: 0,
      });
    });

    it('the same idempotency key sent 20 times concurrently places one order with one authorisation', async () => {
      const { productId, variantId } = productFor();
      await setStock(productId, variantId, 5);
      const cartId = await anonymous.cartWith(variantId, 1);
      const key = randomUUID();

      const results = await Promise.all(Array.from({ length: 20 }, () => customer.checkout(cartId, { idempotencyKey: key })));
      const ids = new Set(results.map((r) => r.order?.id));
      expect(results.every((r) => r.userErrors.length === 0)).toBe(true);
      expect(ids.size).toBe(1);

      const order = await customer.settled([...ids][0]!);
      expect(order.status).toBe('CONFIRMED');
      expect(order.payments).toHaveLength(1);

      const reused = await customer.checkout(await anonymous.cartWith(variantId, 1), { idempotencyKey: key });
      expect(reused.userErrors.map((e) => e.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    });

    it('ships and delivers as staff, refusing every illegal move and every customer attempt', async () => {
      const { productId, variantId } = productFor();
      await setStock(productId, variantId, 5);
      const placed = await customer.checkout(await anonymous.cartWith(variantId, 1));
      const orderId = placed.order!.id;
      await customer.settled(orderId, 'CONFIRMED');

      const byCustomer = await customer.orderMutation('shipOrder', { input: { orderId, carrier: 'UPS', trackingNumber: '1Z999' } });
      expect(byCustomer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      const early = await admin.orderMutation('markOrderDelivered', { orderId });
      expect(early.data.markOrderDelivered.userErrors.map((e: { code: string }) => e.code)).toEqual(['ILLEGAL_TRANSITION']);

      const shipped = await admin.orderMutation('shipOrder', { input: { orderId, carrier: 'UPS', trackingNumber: '1Z999AA10123456784' } });
      expect(shipped.data.shipOrder).toMatchObject({ order: { status: 'FULFILLED' }, userErrors: [] });
      const delivered = await admin.orderMutation('markOrderDelivered', { orderId });
      expect(delivered.data.markOrderDelivered).toMatchObject({ order: { status: 'DELIVERED' }, userErrors: [] });

      for (const [name, args] of [
        ['shipOrder', { input: { orderId, carrier: 'UPS', trackingNumber: 'again' } }],
        ['markOrderDelivered', { orderId }],
        ['cancelOrder', { orderId, reason: 'too late' }],
      ] as const) {
        const res = await admin.orderMutation(name, args);
        expect(res.data[name].userErrors.map((e: { code: string }) => e.code)).toEqual(['ILLEGAL_TRANSITION']);
      }
      const order = await admin.order(orderId);
      expect(order).toMatchObject({ status: 'DELIVERED', shipment: { carrier: 'UPS', trackingNumber: '1Z999AA10123456784' } });
    });

    it('cancelling a paid order refunds the payment and puts the stock back', async () => {
      const { productId, variantId } = productFor();
      await setStock(productId, variantId, 6);
      const placed = await customer.checkout(await anonymous.cartWith(variantId, 2));
      const orderId = placed.order!.id;
      await customer.settled(orderId, 'CONFIRMED');

      const cancelled = await admin.orderMutation('cancelOrder', { orderId, reason: 'customer changed their mind' });
      expect(cancelled.data.cancelOrder).toMatchObject({ order: { status: 'CANCELLED' }, userErrors: [] });
      await settle();

      const order = await admin.order(orderId);
      expect(order).toMatchObject({ status: 'CANCELLED', fulfillmentStatus: 'UNFULFILLED', financialStatus: 'REFUNDED' });
      expect(order.payments[0]).toMatchObject({ status: 'REFUNDED', refundedAmount: order.total });
      const levels = await admin.levels(productId, variantId);
      expect({ onHand: total(levels, 'onHand'), reserved: total(levels, 'reserved') }).toEqual({ onHand: 6, reserved: 0 });
    });

    it('two concurrent refunds that together exceed the capture: one succeeds and the total never exceeds it', async () => {
      const { productId, variantId } = productFor();
      await setStock(productId, variantId, 5);
      const placed = await customer.checkout(await anonymous.cartWith(variantId, 1));
      const order = await customer.settled(placed.order!.id, 'CONFIRMED');
      const payment = order.payments[0];
      const capturedMinor = Math.round(Number(payment.capturedAmount.amount) * 100);
      const share = ((Math.floor(capturedMinor * 0.6) || 1) / 100).toFixed(2);

      const results = await Promise.all([admin.refund(payment.id, share), admin.refund(payment.id, share)]);
      const succeeded = results.filter((r) => r.userErrors.length === 0);
      expect(succeeded).toHaveLength(1);
      expect(results.flatMap((r) => r.userErrors.map((e: { code: string }) => e.code))).toEqual(['REFUND_EXCEEDS_CAPTURED']);

      // The order learns of the refund from payment.refunded: wait for it rather than for an empty backlog, which a relay may not have filled yet.
      const orderWhen = async (financialStatus: string) => {
        let seen: any;
        await waitFor(async () => (seen = await admin.order(order.id)).financialStatus === financialStatus, {
          timeoutMs: 30_000,
          message: `order ${order.id} to be ${financialStatus}`,
        });
        return seen;
      };
      const after = await orderWhen('PARTIALLY_REFUNDED');
      expect(after).toMatchObject({ status: 'CONFIRMED', financialStatus: 'PARTIALLY_REFUNDED' });
      expect(after.payments[0].refundedAmount.amount).toBe(share);

      const rest = ((capturedMinor - Math.round(Number(share) * 100)) / 100).toFixed(2);
      const final = await admin.refund(payment.id, rest);
      expect(final.userErrors).toEqual([]);
      const refunded = await orderWhen('REFUNDED');
      expect(refunded).toMatchObject({ status: 'CONFIRMED', fulfillmentStatus: 'UNFULFILLED', financialStatus: 'REFUNDED' });
      expect(refunded.payments[0].refundedAmount.amount).toBe(payment.capturedAmount.amount);
      const over = await admin.refund(payment.id, '0.01');
      expect(over.userErrors.map((e: { code: string }) => e.code)).toEqual(['NOT_REFUNDABLE']);
    });

    it('refunds of a shipped order move only its financial status, and an orderUpdated subscriber sees both statuses', async () => {
      const { productId, variantId } = productFor();
      await setStock(productId, variantId, 3);
      const placed = await customer.checkout(await anonymous.cartWith(variantId, 1));
      const orderId = placed.order!.id;
      const { payments, version } = await customer.settled(orderId, 'CONFIRMED');
      const shipped = await admin.orderMutation('shipOrder', { input: { orderId, carrier: 'UPS', trackingNumber: '1Z999AA10123456785' } });
      expect(shipped.data.shipOrder.userErrors).toEqual([]);

      const live = new LiveClient(stack.gateway.url, customer.token);
      const sub = live.subscribe(
        `subscription($id: ID!, $since: Int) { orderUpdated(orderId: $id, sinceVersion: $since) {
          version status previousStatus fulfillmentStatus previousFulfillmentStatus financialStatus previousFinancialStatus
          order { status fulfillmentStatus financialStatus } } }`,
        { id: orderId, since: version + 1 },
        'orderUpdated',
      );
      try {
        const capturedMinor = Math.round(Number(payments[0].capturedAmount.amount) * 100);
        const part = ((Math.floor(capturedMinor / 3) || 1) / 100).toFixed(2);
        expect((await admin.refund(payments[0].id, part)).userErrors).toEqual([]);
        await waitFor(() => sub.events.length >= 1, { timeoutMs: 30_000, message: 'the partial refund on orderUpdated' });
        const shippedAndPartlyRefunded = { status: 'FULFILLED', fulfillmentStatus: 'FULFILLED', financialStatus: 'PARTIALLY_REFUNDED' };
        expect(await customer.order(orderId)).toMatchObject(shippedAndPartlyRefunded);
        expect(sub.events[0]).toEqual({
          version: version + 2,
          previousStatus: 'FULFILLED',
          ...shippedAndPartlyRefunded,
          previousFulfillmentStatus: 'FULFILLED',
          previousFinancialStatus: 'PAID',
          order: shippedAndPartlyRefunded,
        });

        const rest = ((capturedMinor - Math.round(Number(part) * 100)) / 100).toFixed(2);
        expect((await admin.refund(payments[0].id, rest)).userErrors).toEqual([]);
        await waitFor(() => sub.events.length >= 2, { timeoutMs: 30_000, message: 'the full refund on orderUpdated' });
        expect(sub.events[1]).toMatchObject({
          status: 'FULFILLED',
          fulfillmentStatus: 'FULFILLED',
          financialStatus: 'REFUNDED',
          previousFinancialStatus: 'PARTIALLY_REFUNDED',
        });
        const refunded = await customer.order(orderId);
        expect(refunded).toMatchObject({ status: 'FULFILLED', fulfillmentStatus: 'FULFILLED', financialStatus: 'REFUNDED', shipment: { carrier: 'UPS' } });
        expect(refunded.payments[0].refundedAmount.amount).toBe(payments[0].capturedAmount.amount);
        expect(sub.codes).toEqual([]);
        // Staff find it by either status.
        const found = await admin.call(
          `query { orders(first: 100, filter: { fulfillmentStatus: [FULFILLED], financialStatus: [REFUNDED] }) { edges { node { id } } } }`,
        );
        expect(found.orders.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(orderId);
      } finally {
        sub.stop();
        await live.dispose();
      }
    });

    it('a customer sees only their own orders and cannot refund', async () => {
      const { productId, variantId } = productFor();
      await setStock(productId, variantId, 2);
      const placed = await customer.checkout(await anonymous.cartWith(variantId, 1));
      const order = await customer.settled(placed.order!.id, 'CONFIRMED');

      const other = new Shopper(stack.gateway.url, await login(stack.gateway.url, customerEmail(3), DEMO_CREDENTIALS.customer.password));
      expect(await other.order(order.id)).toBeNull();
      await expect(customer.refund(order.payments[0].id, '1.00')).rejects.toThrow(/FORBIDDEN/);
    });

    it('a provider webhook records a refund once; a bad signature, a 301 s old timestamp or a replayed id changes nothing', async () => {
      const { productId, variantId } = productFor();
      await setStock(productId, variantId, 3);
      const placed = await customer.checkout(await anonymous.cartWith(variantId, 1));
      await customer.settled(placed.order!.id, 'CONFIRMED');
      const { payments } = await admin
        .call(`query($id: ID!) { order(id: $id) { payments { id providerReference } } }`, { id: placed.order!.id })
        .then((d) => d.order);
      // The public endpoint is the gateway's port; the payments port still answers (the duplicate below).
      const webhookUrl = stack.gateway.url.replace('/graphql', WEBHOOK_PATH);
      const directUrl = stack.subgraphs.payments.url.replace('/graphql', WEBHOOK_PATH);
      const secret = DEMO_SECRETS.PAYMENT_WEBHOOK_SECRET;
      const refunded = async () => (await admin.order(placed.order!.id)).payments[0].refundedAmount.amount;
      const event = chargeRefunded({ providerRef: payments[0].providerReference, providerRefundRef: `re_${randomUUID()}`, amountMinor: 100 });

      const forged = webhookDelivery('x'.repeat(40), event);
      expect((await fetch(webhookUrl, { method: 'POST', headers: forged.headers, body: forged.body })).status).toBe(400);
      expect((await deliverWebhook(webhookUrl, secret, event, Date.now() - 301_000)).status).toBe(400);
      expect(await refunded()).toBe('0.00');

      expect(await deliverWebhook(webhookUrl, secret, event)).toMatchObject({ status: 200, body: { received: true } });
      expect(await refunded()).toBe('1.00');
      expect(await deliverWebhook(directUrl, secret, event)).toMatchObject({ status: 200, body: { duplicate: true } });
      expect(await refunded()).toBe('1.00');
      // The gateway forwards the body byte for byte: a signature over unusual formatting still holds.
      const pretty = `${JSON.stringify(chargeRefunded({ providerRef: payments[0].providerReference, providerRefundRef: `re_${randomUUID()}`, amountMinor: 50 }), null, 3)}\n`;
      const prettyHeaders = { 'content-type': 'application/json', [SIGNATURE_HEADER]: signWebhook(secret, pretty, Math.floor(Date.now() / 1000)) };
      expect((await fetch(webhookUrl, { method: 'POST', headers: prettyHeaders, body: pretty })).status).toBe(200);
      expect(await refunded()).toBe('1.50');
      await settle();
      expect(await admin.order(placed.order!.id)).toMatchObject({ status: 'CONFIRMED', financialStatus: 'PARTIALLY_REFUNDED' });
    });

    it('reconciles: every order placed here has exactly the money its state says, and no stock is held', async () => {
      await settle();
      // Pages of 10: a page of 100 with every line's stock and every payment is past the gateway's cost limit.
      const orders: any[] = [];
      for (let cursor: string | null = null; ;) {
        const data: any = await admin.call(
          `query($after: String!, $cursor: String) {
            orders(first: 10, after: $cursor, filter: { createdAfter: $after }) {
              pageInfo { hasNextPage endCursor }
              edges { node { id status fulfillmentStatus financialStatus total { amount } lines { quantity variant { id inventory { levels { reserved } } } }
                payments { status capturedAmount { amount } refundedAmount { amount } } } }
            }
          }`,
          { after: startedAt, cursor },
        );
        orders.push(...data.orders.edges.map((e: { node: any }) => e.node));
        if (!data.orders.pageInfo.hasNextPage || orders.length >= 100) break;
        cursor = data.orders.pageInfo.endCursor;
      }
      const minor = (m: { amount: string }) => Math.round(Number(m.amount) * 100);
      expect(orders.length).toBeGreaterThan(10);
      for (const order of orders) {
        const captured = order.payments.reduce((n: number, p: any) => n + minor(p.capturedAmount), 0);
        const refunded = order.payments.reduce((n: number, p: any) => n + minor(p.refundedAmount), 0);
        expect(refunded, order.id).toBeLessThanOrEqual(captured);
        if (['OUT_OF_STOCK', 'PAYMENT_FAILED'].includes(order.status)) expect(captured, order.id).toBe(0);
        // The money is what financialStatus says, whatever the lifecycle status.
        if (['PENDING', 'AUTHORIZED', 'VOIDED', 'DECLINED'].includes(order.financialStatus)) expect(captured, order.id).toBe(0);
        if (order.financialStatus === 'PAID') expect({ captured, refunded }, order.id).toEqual({ captured: minor(order.total), refunded: 0 });
        if (order.financialStatus === 'PARTIALLY_REFUNDED') expect(refunded > 0 && refunded < captured, order.id).toBe(true);
        if (order.financialStatus === 'REFUNDED') expect({ captured, refunded }, order.id).toEqual({ captured: minor(order.total), refunded: captured });
        if (['CONFIRMED', 'FULFILLED', 'DELIVERED'].includes(order.status)) expect(order.financialStatus, order.id).toMatch(/PAID|REFUNDED/);
        expect(order.fulfillmentStatus, order.id).toBe(['FULFILLED', 'DELIVERED'].includes(order.status) ? order.status : 'UNFULFILLED');
        if (order.status === 'CANCELLED') expect(refunded, order.id).toBe(captured);
        expect(order.payments.length, order.id).toBeLessThanOrEqual(1);
        for (const line of order.lines) for (const level of line.variant.inventory.levels) expect(level.reserved, order.id).toBe(0);
      }
    });
  });
}
