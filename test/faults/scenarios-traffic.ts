import { randomUUID } from 'node:crypto';
import { DEMO_SECRETS } from '@shop/kit';
import { chargeRefunded, WEBHOOK_PATH, webhookDelivery } from '@shop/payments-subgraph';
import { waitFor } from '@shop/testing';
import { expect, it } from 'vitest';
import { CARD } from '../shopper';
import { gql } from '../support';
import type { FaultHarness } from './harness';

/** Answers a client retries, with the same idempotency key for a checkout. */
const RETRYABLE = /:(OVERLOADED|RATE_LIMITED|SUBGRAPH_TIMEOUT|SUBGRAPH_UNAVAILABLE)$/;
const ADDRESS = { name: 'Burst Client', line1: '2 Harbour Street', city: 'Portland', postalCode: '97201', country: 'US' };

/** Runs `tasks` with at most `width` in flight. */
async function pooled<T>(count: number, width: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let i = next++; i < count; i = next++) results[i] = await task(i);
    }),
  );
  return results;
}

/** Hostile traffic under load: a provider retrying one webhook 500 times at once, and 200 clients arriving together. */
export function trafficScenarios(harness: () => FaultHarness) {
  it('applies a signed provider webhook delivered 500 times, concurrently and under load, exactly once', async () => {
    const h = harness();
    h.load.start();
    await h.placedMore(4, 'checkouts before the webhooks');
    const captured = () => h.sql<{ id: string; ref: string }[]>`
      select id, provider_ref ref from payments.payments
      where origin = 'CHECKOUT' and status = 'CAPTURED' and refunded_minor = 0 and captured_minor > 100 order by created_at desc limit 1`;
    const payment = await waitFor(async () => (await captured())[0], { timeoutMs: 30_000, message: 'a captured checkout payment' });
    // The provider refunded 1.00 from its own dashboard (its records change), then tells us, again and again.
    const refundRef = `re_${randomUUID()}`;
    await h.sql`update payments.sim_processor_charges set refunded_minor = refunded_minor + 100 where ref = ${payment.ref}`;
    await h.sql`insert into payments.sim_processor_refunds (ref, charge_ref, amount_minor) values (${refundRef}, ${payment.ref}, 100)`;
    const event = chargeRefunded({ providerRef: payment.ref, providerRefundRef: refundRef, amountMinor: 100 });
    const { body, headers } = webhookDelivery(DEMO_SECRETS.PAYMENT_WEBHOOK_SECRET, event);
    const url = h.t.gatewayUrl.replace(/\/graphql$/, WEBHOOK_PATH);
    // As a provider does: a delivery answered 5xx is sent again (same body and signature), with a backoff.
    const retried: number[] = [];
    const answers = await pooled(500, 50, async () => {
      for (let attempt = 0; ; attempt++) {
        const res = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(30_000) });
        const answer = { status: res.status, body: (await res.json().catch(() => null)) as { received?: boolean; duplicate?: boolean } | null };
        if (res.status < 500 || attempt === 4) return answer;
        retried.push(res.status);
        await new Promise((r) => setTimeout(r, 200 * 2 ** attempt));
      }
    });
    if (retried.length) console.info(`[faults] webhook deliveries answered 5xx and sent again: ${JSON.stringify(retried)}`);
    // Every delivery ends acknowledged (a provider stops retrying on 2xx), at most a few needed a retry; exactly one applied it.
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    expect(retried.length).toBeLessThanOrEqual(25);
    expect(answers.filter((a) => a.body?.received && !a.body.duplicate)).toHaveLength(1);
    const refunds = await h.sql`select amount_minor from payments.refunds where provider_refund_ref = ${refundRef}`;
    expect(refunds.map((r) => r.amount_minor)).toEqual([100]);
    const [after] = await h.sql<{ refunded: number }[]>`select refunded_minor refunded from payments.payments where id = ${payment.id}`;
    expect(after!.refunded).toBe(100);
    await h.recoveredAndReconciled('500 duplicate webhooks');
  });

  it('answers a burst of 200 clients at once with orders or a clear retryable refusal; retries never make two orders', async () => {
    const h = harness();
    h.load.start();
    await h.placedMore(2, 'checkouts before the burst');
    const ADD = `mutation($v: ID!) { addCartLine(variantId: $v, quantity: 1) { cart { id } } }`;
    const CHECKOUT = `mutation($input: CheckoutInput!, $key: String!) { checkout(input: $input, idempotencyKey: $key) { order { id } userErrors { code } } }`;
    const burstIds: string[] = [];
    const outcomes = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        try {
          await gql(h.t.gatewayUrl, '{ products(first: 5) { edges { node { id name } } } }');
          const added = await gql(h.t.gatewayUrl, ADD, { v: h.variants[i % h.variants.length] });
          const cartId = added.data?.addCartLine?.cart?.id;
          if (!cartId) return `add:${added.errors?.[0]?.extensions?.code ?? 'NO_CART'}`;
          // A storefront retries a checkout that timed out or was shed with the same idempotency key: never two orders.
          const input = { cartId, shippingAddress: ADDRESS, payment: CARD };
          const key = randomUUID();
          let outcome = '';
          for (let attempt = 0; attempt < 6; attempt++) {
            const placed = await gql(h.t.gatewayUrl, CHECKOUT, { input, key }, h.token);
            const orderId = placed.data?.checkout?.order?.id;
            if (orderId) {
              burstIds.push(orderId);
              return attempt ? 'ORDER_AFTER_RETRY' : 'ORDER';
            }
            outcome = `checkout:${placed.errors?.[0]?.extensions?.code ?? placed.data?.checkout?.userErrors?.[0]?.code ?? 'NONE'}`;
            if (!RETRYABLE.test(outcome)) break;
            await new Promise((r) => setTimeout(r, 500 * (attempt + 1))); // the client's backoff
          }
          return outcome;
        } catch (error) {
          return `throw:${(error as Error).message.slice(0, 80)}`;
        }
      }),
    );
    const counts = outcomes.reduce<Record<string, number>>((c, o) => ({ ...c, [o]: (c[o] ?? 0) + 1 }), {});
    console.info(`[faults] burst of 200: ${JSON.stringify(counts)}`);
    // Only orders, or answers a client retries (OVERLOADED 503, RATE_LIMITED 429, a subgraph timeout, with the same key).
    expect(Object.keys(counts).filter((k) => !k.startsWith('ORDER') && !RETRYABLE.test(k))).toEqual([]);
    expect((counts.ORDER ?? 0) + (counts.ORDER_AFTER_RETRY ?? 0)).toBeGreaterThan(0);
    // Retries found their first attempt's order again: no client got another's order, and no cart became two orders.
    const returned = burstIds;
    expect(new Set(returned).size).toBe(returned.length);
    const [placed] = await h.sql<{ orders: number; carts: number }[]>`
      select count(*)::int orders, count(distinct cart_id)::int carts from orders.orders where shipping_address->>'name' = ${ADDRESS.name}`;
    expect(placed!.orders).toBe(placed!.carts);
    expect(placed!.orders).toBeGreaterThanOrEqual(returned.length);
    await waitFor(async () => (await h.health('gateway'))?.status === 200, { timeoutMs: 10_000, message: 'the gateway healthy after the burst' });
    await h.recoveredAndReconciled('a burst of 200 clients');
  });
}
