import { randomUUID } from 'node:crypto';
import { demoCatalog, DEMO_CREDENTIALS } from '@shop/demo-data';
import { waitFor } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveClient, type Recorded } from './live-client';
import { ADDRESS, CARD, Shopper, total } from './shopper';
import { bootStack, gql, login, stackTargets } from './support';

/**
 * Fraud review in the checkout saga, only through the gateway, with review on (as deployed): a
 * regular customer's order goes straight through; a new account's high-value order shipped abroad
 * is held (authorised, not captured, stock still reserved) until staff approve (captured,
 * CONFIRMED) or reject it (voided, stock released, CANCELLED), and approve racing reject takes one
 * decision with money and stock to match.
 */
const { products } = demoCatalog();
/** Expensive variants, one per test, so that stock does not mix: three units make a high-value order. */
const pricey = [...products]
  .flatMap((p) => p.variants.map((v) => ({ productId: p.id, variantId: v.id, priceMinor: v.priceMinor })))
  .filter((v) => v.priceMinor >= 15_000 && v.priceMinor <= 60_000)
  .slice(0, 10);
let next = 0;

const RISK = `query($id: ID!) { order(id: $id) { id status financialStatus risk { score level reasons { code message weight } assessedAt } } }`;
const REVIEW = {
  approve: `mutation($id: ID!) { approveOrder(id: $id) { order { id status } userErrors { code message field } } }`,
  reject: `mutation($id: ID!, $reason: String!) { rejectOrder(id: $id, reason: $reason) { order { id status } userErrors { code message field } } }`,
};

for (const target of stackTargets) {
  describe.skipIf(target.skip)(`fraud review in the checkout saga — ${target.name}`, () => {
    let stack: Awaited<ReturnType<typeof bootStack>>;
    let admin: Shopper;
    let regular: Shopper;
    let dashboard: LiveClient;
    let live: Recorded<{ version: number; status: string; order: { id: string; risk: { level: string } | null } }>;

    const settle = () =>
      waitFor(async () => (await stack.bus.backlog()).pending === 0, { timeoutMs: 60_000, intervalMs: 20, message: 'the event backlog to drain' });

    async function setStock(productId: string, variantId: string, onHand: number) {
      const levels = await admin.levels(productId, variantId);
      for (const [i, level] of levels.entries()) {
        const want = i === 0 ? onHand : 0;
        if (level.onHand !== want) await admin.adjustStock(variantId, level.warehouseId, want - level.onHand);
      }
      await settle();
    }

    /** A brand-new account: no history for the model, so its first order is judged on its own. */
    async function newcomer(): Promise<Shopper> {
      const email = `fraud-${randomUUID().slice(0, 8)}@example.com`;
      const res = await gql(stack.gateway.url, `mutation($input: RegisterInput!) { register(input: $input) { token userErrors { code } } }`, {
        input: { email, password: 'new-account-pass-42', name: 'New Account' },
      });
      return new Shopper(stack.gateway.url, res.data!.register.token);
    }

    /** A new account's order of three expensive units shipped abroad: held for review. */
    async function heldOrder() {
      const item = pricey[next++]!;
      await setStock(item.productId, item.variantId, 5);
      const shopper = await newcomer();
      const cartId = await shopper.cartWith(item.variantId, 3);
      const placed = await shopper.call(
        `mutation($input: CheckoutInput!, $key: String!) { checkout(input: $input, idempotencyKey: $key) { order { id } userErrors { code message } } }`,
        { input: { cartId, shippingAddress: { ...ADDRESS, country: 'NG', city: 'Lagos', postalCode: '100001' }, payment: CARD }, key: randomUUID() },
      );
      expect(placed.checkout.userErrors).toEqual([]);
      const id = placed.checkout.order.id as string;
      const order = await admin.settled(id, 'ON_HOLD');
      return { id, order, item, shopper };
    }

    beforeAll(async () => {
      stack = await bootStack(target, { fraudReview: { waitMs: 60_000, hold: true } });
      const url = stack.gateway.url;
      admin = new Shopper(url, await login(url, DEMO_CREDENTIALS.admin.email, DEMO_CREDENTIALS.admin.password));
      regular = new Shopper(url, await login(url, DEMO_CREDENTIALS.customer.email, DEMO_CREDENTIALS.customer.password));
      dashboard = new LiveClient(url, admin.token);
      live = dashboard.subscribe(
        'subscription { ordersUpdated { version status financialStatus reason order { id risk { level score } } } }',
        {},
        'ordersUpdated',
      );
      // Booting the whole stack on a loaded machine can take longer than the default hook timeout.
    }, 600_000);
    afterAll(async () => {
      await dashboard?.dispose();
      await stack?.dispose();
    });

    it("does not hold a regular customer's ordinary order; its risk is for staff only", async () => {
      const item = pricey[next++]!;
      await setStock(item.productId, item.variantId, 5);
      const cheap = products.find((p) => p.variants[0]!.priceMinor < 5_000)!;
      const cartId = await regular.cartWith(cheap.variants[0]!.id, 1);
      const placed = await regular.checkout(cartId);
      expect(placed.userErrors).toEqual([]);
      const order = await regular.settled(placed.order!.id);
      expect(order).toMatchObject({ status: 'CONFIRMED', financialStatus: 'PAID' });
      expect(order.statusHistory.map((c: { to: string }) => c.to)).not.toContain('ON_HOLD');

      const seen = (await gql(stack.gateway.url, RISK, { id: order.id }, admin.token)).data!.order;
      expect(seen.risk.level).not.toBe('HIGH');
      const own = await gql(stack.gateway.url, RISK, { id: order.id }, regular.token);
      expect(own.data!.order.status).toBe('CONFIRMED');
      expect(own.data!.order.risk).toBeNull();
      expect(own.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    });

    it('holds a suspicious checkout: authorised, not captured, stock reserved; approve captures it, twice is once', async () => {
      const { id, order, item } = await heldOrder();
      expect(order.financialStatus).toBe('AUTHORIZED');
      expect(order.payments).toHaveLength(1);
      expect(order.payments[0]).toMatchObject({ status: 'AUTHORIZED', capturedAmount: { amount: '0.00' } });
      expect(order.statusHistory.at(-1).reason).toMatch(/^Held for fraud review: HIGH risk/);
      const risk = (await gql(stack.gateway.url, RISK, { id }, admin.token)).data!.order.risk;
      expect(risk.level).toBe('HIGH');
      expect(risk.reasons.map((r: { code: string }) => r.code)).toEqual(expect.arrayContaining(['NEW_ACCOUNT_HIGH_VALUE', 'COUNTRY_MISMATCH']));
      await settle();
      expect(total(await admin.levels(item.productId, item.variantId), 'reserved')).toBe(3);
      // Held orders reach staff dashboards with their risk.
      await waitFor(() => live.events.some((e) => e.order.id === id && e.status === 'ON_HOLD'), { message: 'the hold on the dashboard' });
      expect(live.events.find((e) => e.order.id === id && e.status === 'ON_HOLD')?.order.risk?.level).toBe('HIGH');

      const customerTry = await gql(stack.gateway.url, REVIEW.approve, { id }, regular.token);
      expect(customerTry.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      const approved = await admin.call(REVIEW.approve, { id });
      expect(approved.approveOrder).toEqual({ order: { id, status: 'RESERVED' }, userErrors: [] });
      const again = await admin.call(REVIEW.approve, { id });
      expect(again.approveOrder.userErrors).toEqual([]);
      const done = await admin.settled(id, 'CONFIRMED');
      expect(done.financialStatus).toBe('PAID');
      expect(done.payments).toHaveLength(1);
      expect(done.payments[0]).toMatchObject({ status: 'CAPTURED', capturedAmount: done.total });
      const rejectLate = await admin.call(REVIEW.reject, { id, reason: 'too late' });
      expect(rejectLate.rejectOrder.userErrors.map((e: { code: string }) => e.code)).toEqual(['ILLEGAL_TRANSITION']);
      await settle();
      const levels = await admin.levels(item.productId, item.variantId);
      expect([total(levels, 'onHand'), total(levels, 'reserved')]).toEqual([2, 0]);
    });

    it('reject voids the authorisation and releases the stock: CANCELLED, nothing charged', async () => {
      const { id, item } = await heldOrder();
      const rejected = await admin.call(REVIEW.reject, { id, reason: 'Card testing pattern confirmed' });
      expect(rejected.rejectOrder).toEqual({ order: { id, status: 'CANCELLED' }, userErrors: [] });
      expect((await admin.call(REVIEW.reject, { id, reason: 'again' })).rejectOrder.userErrors).toEqual([]);
      await waitFor(async () => (await admin.order(id)).financialStatus === 'VOIDED', { timeoutMs: 30_000, message: 'the void' });
      const order = await admin.order(id);
      expect(order.status).toBe('CANCELLED');
      expect(order.payments[0]).toMatchObject({ status: 'VOIDED', capturedAmount: { amount: '0.00' } });
      expect(order.statusHistory.map((c: { reason: string }) => c.reason)).toContain('Rejected after fraud review: Card testing pattern confirmed');
      await settle();
      const levels = await admin.levels(item.productId, item.variantId);
      expect([total(levels, 'onHand'), total(levels, 'reserved')]).toEqual([5, 0]);
    });

    it('approve racing reject takes one decision; money and stock follow it', async () => {
      const { id, item } = await heldOrder();
      const [a, r] = await Promise.all([admin.call(REVIEW.approve, { id }), admin.call(REVIEW.reject, { id, reason: 'race' })]);
      const winners = [a.approveOrder, r.rejectOrder].filter((p) => p.userErrors.length === 0);
      expect(winners).toHaveLength(1);
      const approvedWon = a.approveOrder.userErrors.length === 0;
      const final = await admin.settled(id, approvedWon ? 'CONFIRMED' : 'CANCELLED');
      if (!approvedWon) await waitFor(async () => (await admin.order(id)).financialStatus === 'VOIDED', { timeoutMs: 30_000, message: 'the void' });
      await settle();
      const order = await admin.order(id);
      const levels = await admin.levels(item.productId, item.variantId);
      if (approvedWon) {
        expect([order.financialStatus, order.payments[0].status, order.payments[0].capturedAmount]).toEqual(['PAID', 'CAPTURED', final.total]);
        expect([total(levels, 'onHand'), total(levels, 'reserved')]).toEqual([2, 0]);
      } else {
        expect([order.financialStatus, order.payments[0].status]).toEqual(['VOIDED', 'VOIDED']);
        expect([total(levels, 'onHand'), total(levels, 'reserved')]).toEqual([5, 0]);
      }
    });

    it('refuses to review an order that is not held', async () => {
      const res = await admin.call(REVIEW.approve, { id: 'ord_00001' });
      expect(res.approveOrder.userErrors.map((e: { code: string }) => e.code)).toEqual(['ILLEGAL_TRANSITION']);
      const missing = await admin.call(REVIEW.reject, { id: 'ord_missing', reason: 'x' });
      expect(missing.rejectOrder.userErrors.map((e: { code: string }) => e.code)).toEqual(['ORDER_NOT_FOUND']);
    });
  });
}
