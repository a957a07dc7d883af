import { randomUUID } from 'node:crypto';
import { waitFor } from '@shop/testing';
import { expect, it } from 'vitest';
import { OrderFollowers } from './followers';
import { CARD } from '../shopper';
import { gql } from '../support';
import type { FaultHarness } from './harness';

/** The length of the SIGSTOP fault (a fault's duration, not a wait for a condition). */
const STOPPED_FOR_MS = 15_000;
const elapse = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Processes that die or freeze: kill -9 of each stateful subgraph, SIGSTOP, and a gateway kill under live subscribers. */
export function processScenarios(harness: () => FaultHarness) {
  it('settles a baseline load', async () => {
    const h = harness();
    h.load.start();
    await h.placedMore(6, 'the first checkouts');
    await h.recoveredAndReconciled('the baseline');
  });

  // Every subgraph with state of its own: orders, payments and inventory run the saga; users (accounts,
  // webhooks, emails), ai (risk, the assistant's order copy) and products (the catalogue's outbox) follow it.
  it.each(['orders', 'payments', 'inventory', 'users', 'ai', 'products'] as const)('survives kill -9 of %s mid-load', async (name) => {
    const h = harness();
    h.load.start();
    await h.placedMore(4, 'checkouts before the kill');
    await h.t.kill(name);
    // Orders down: checkouts fail. Any other down: checkouts are still placed, and the events it would handle pile up.
    if (name === 'orders') await h.failedMore(3, 'checkouts to fail while orders is down');
    else await h.placedMore(4, `checkouts placed while ${name} is down`);
    await h.t.start(name);
    await h.recoveredAndReconciled(`kill -9 of ${name}`);
  });

  it('a crash right after a checkout committed: the retry with the same key gets that order, the cart is retired, the saga ends', async () => {
    const h = harness();
    await h.t.kill('orders');
    await h.t.start('orders', { CRASH_AFTER_CHECKOUT_COMMIT: 'true' });
    const added = await gql(h.t.gatewayUrl, `mutation($v: ID!) { addCartLine(variantId: $v, quantity: 1) { cart { id } } }`, { v: h.variants[0] });
    const cartId = added.data.addCartLine.cart.id as string;
    const CHECKOUT = `mutation($input: CheckoutInput!, $key: String!) { checkout(input: $input, idempotencyKey: $key) { order { id } userErrors { code } } }`;
    const input = {
      cartId,
      shippingAddress: { name: 'Crash Test', line1: '3 Harbour Street', city: 'Portland', postalCode: '97201', country: 'US' },
      payment: CARD,
    };
    const key = randomUUID();
    // orders dies after the commit, before it answered: the shopper sees an error, not an order.
    const first = await gql(h.t.gatewayUrl, CHECKOUT, { input, key }, h.token);
    expect(first.data?.checkout?.order ?? null).toBeNull();
    await waitFor(() => !h.t.isRunning('orders'), { timeoutMs: 10_000, message: 'orders to crash after the commit' });
    const [committed] = await h.sql<{ order_id: string }[]>`select order_id from orders.checkout_requests where idempotency_key = ${key}`;
    expect(committed, 'the order was committed before the crash').toBeDefined();

    await h.t.start('orders');
    const retry = await gql(h.t.gatewayUrl, CHECKOUT, { input, key }, h.token);
    expect(retry.data.checkout).toEqual({ order: { id: committed!.order_id }, userErrors: [] });
    const again = await gql(h.t.gatewayUrl, CHECKOUT, { input, key: randomUUID() }, h.token);
    expect(again.data.checkout.order).toBeNull();
    // The cart is retired: it cannot become a second order.
    expect(['CART_NOT_FOUND', 'CART_ALREADY_CHECKED_OUT']).toContain(again.data.checkout.userErrors[0]?.code);
    h.load.start();
    await h.recoveredAndReconciled('a crash right after checkout');
    const [order] = await h.sql<{ status: string }[]>`select status from orders.orders where id = ${committed!.order_id}`;
    expect(order!.status).toBe('CONFIRMED');
  });

  it('survives inventory stopped (SIGSTOP) for 15 s mid-load', async () => {
    const h = harness();
    h.load.start();
    await h.placedMore(4, 'checkouts before the stop');
    h.t.pause('inventory');
    try {
      await elapse(STOPPED_FOR_MS);
    } finally {
      h.t.resume('inventory');
    }
    await h.recoveredAndReconciled('inventory stopped for 15 s');
  });

  it('gateway kill -9: live order trackers reconnect and resume without gap or duplicate', async () => {
    const h = harness();
    const followers = new OrderFollowers(h.t.gatewayUrl);
    const from = h.load.orderIds.length;
    let killedAt = Number.POSITIVE_INFINITY;
    const followNew = setInterval(() => h.load.orderIds.slice(from, from + 30).forEach((id) => followers.follow(id)), 50);
    try {
      h.load.start();
      await h.placedMore(4, 'checkouts before the pause');
      // Payments paused: the orders placed now stay RESERVED while their trackers watch, and move on while the gateway is down.
      h.t.pause('payments');
      try {
        await h.placedMore(3, 'checkouts placed while payments is paused');
        const last = () => JSON.stringify([...followers.followed.values()].map((f) => f.statuses.at(-1) ?? '-'));
        await waitFor(() => [...followers.followed.values()].filter((f) => !f.done && f.statuses.at(-1) === 'RESERVED').length >= 2, {
          timeoutMs: 20_000,
          message: 'trackers watching reserved orders',
        }).catch((error: unknown) => {
          throw new Error(`${(error as Error).message}; the trackers' last statuses: ${last()}`);
        });
        killedAt = Date.now();
        await h.t.kill('gateway');
      } finally {
        h.t.resume('payments');
      }
      await h.t.start('gateway');
      await h.recoveredAndReconciled('a gateway kill');
      await waitFor(() => [...followers.followed.values()].every((f) => f.done), { timeoutMs: 30_000, message: 'every tracker to see its order end' });
    } finally {
      clearInterval(followNew);
      await followers.stop();
    }
    let resumed = 0;
    for (const [orderId, f] of followers.followed) {
      const history = await h.sql<{ version: number; status: string }[]>`
        select version, to_status status from orders.order_status_history where order_id = ${orderId} order by version`;
      const upToTerminal = history.slice(0, history.findIndex((r) => r.version === f.versions.at(-1)) + 1);
      // Every change exactly once, in order, with the stored status: no gap, no duplicate across the reconnect.
      expect(f.versions, `versions seen for ${orderId}`).toEqual(upToTerminal.map((r) => r.version));
      expect(f.statuses).toEqual(upToTerminal.map((r) => r.status));
      expect(f.failed, `the tracker of ${orderId}`).toBeUndefined();
      if (f.arrivedAt.some((t) => t < killedAt) && f.arrivedAt.some((t) => t > killedAt)) resumed++;
    }
    expect(resumed, 'trackers that received changes both before the kill and after it').toBeGreaterThanOrEqual(2);
  });
}
