import { randomUUID } from 'node:crypto';
import { postgresTargets, waitFor } from '@shop/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simProcessorCharges } from '../src/db/schema';
import { startHarness, type Harness } from './support';

const DECLINING = {
  '4000000000000002': 'CARD_DECLINED',
  '4000000000009995': 'INSUFFICIENT_FUNDS',
  '4000000000000069': 'EXPIRED_CARD',
  '4000000000000119': 'PROCESSING_ERROR',
};
const newOrderId = () => `ord_${randomUUID()}`;

for (const target of postgresTargets()) {
  describe.skipIf(target.skip)(`checkout saga through the event bus — ${target.name}`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness(target);
    });
    afterAll(() => h?.close());

    it('creates a PENDING payment from order.created and waits for the reservation', async () => {
      const orderId = newOrderId();
      await h.bus.publish([h.orderCreated(orderId, { totalMinor: 4_200 })]);
      await h.bus.idle();
      const payment = await h.payment(orderId);
      expect(payment).toMatchObject({ status: 'PENDING', origin: 'CHECKOUT', amountMinor: 4_200, cardBrand: 'VISA', cardLast4: '4242', capturedMinor: 0 });
      expect(h.provider.count('authorize', `authorize:${payment!.id}`)).toBe(0);
      expect(h.events('payment.authorized', orderId)).toEqual([]);
    });

    it.each([
      ['order.created first', (h: Harness, id: string) => [h.orderCreated(id), h.reserved(id)]],
      ['inventory.reserved first', (h: Harness, id: string) => [h.reserved(id), h.orderCreated(id)]],
    ])('authorizes once and captures with %s, publishing authorized then captured', async (_, events) => {
      const orderId = newOrderId();
      await h.bus.publish(events(h, orderId));
      const payment = await h.paymentIn(orderId, 'CAPTURED');
      expect(payment).toMatchObject({ capturedMinor: 10_000, refundedMinor: 0, providerRef: expect.stringMatching(/^ch_sim_/) });
      expect(h.provider.count('authorize', `authorize:${payment.id}`)).toBe(1);
      expect(h.events('payment.authorized', orderId).map((e) => e.payload)).toEqual([
        { orderId, paymentId: payment.id, amountMinor: 10_000, currencyCode: 'USD' },
      ]);
      expect(h.events('payment.captured', orderId)).toHaveLength(1);
      const order = h.published.filter((e) => (e.payload as { orderId?: string }).orderId === orderId && e.type.startsWith('payment.')).map((e) => e.type);
      expect(order).toEqual(['payment.authorized', 'payment.captured']);
    });

    it('asks the provider once however many workers race to authorize, and ignores redelivered events', async () => {
      const orderId = newOrderId();
      const created = h.orderCreated(orderId);
      await h.bus.publish([created]);
      await h.bus.idle();
      const reserved = h.reserved(orderId);
      // The consumer and ten more workers advance the same saga at once; the events come twice, and a second order.created with a new id.
      await Promise.all([
        h.bus.publish([reserved, created, reserved, { ...h.orderCreated(orderId), id: randomUUID() }]),
        ...Array.from({ length: 10 }, () => h.runtime.saga.advance(orderId)),
      ]);
      const payment = await h.paymentIn(orderId, 'CAPTURED');
      expect(await h.runtime.payments.byOrderIds([orderId])).toHaveLength(1);
      expect(h.provider.count('authorize', `authorize:${payment.id}`)).toBe(1);
      // One event each; the repeated order.created may have it published again under the same id (a re-drive answer).
      const ids = (type: string) => new Set(h.events(type, orderId).map((e) => e.id)).size;
      expect(ids('payment.authorized')).toBe(1);
      expect(ids('payment.captured')).toBe(1);
    });

    it('answers a repeated order.created by publishing again, with the same ids, what it said about the order', async () => {
      const { orderId } = await h.checkout({ totalMinor: 2_020 });
      await waitFor(() => h.events('payment.captured', orderId).length === 1, { message: 'payment.captured' });
      const said = h.events('payment.captured', orderId).map((e) => e.id);
      const created = h.published.find((e) => e.type === 'order.created' && (e.payload as { orderId: string }).orderId === orderId)!;
      await h.bus.publish([created]);
      await waitFor(() => h.events('payment.captured', orderId).length === 2, { message: 'payment.captured published again' });
      expect(h.events('payment.captured', orderId).map((e) => e.id)).toEqual([...said, ...said]);
      expect(await h.payment(orderId)).toMatchObject({ status: 'CAPTURED', capturedMinor: 2_020 });
    });

    it.each(Object.entries(DECLINING))('fails the payment paid with %s as %s and publishes payment.failed with that code', async (card, code) => {
      const orderId = newOrderId();
      await h.bus.publish([h.orderCreated(orderId, { card }), h.reserved(orderId)]);
      const payment = await h.paymentIn(orderId, 'FAILED');
      expect(payment).toMatchObject({ failureCode: code, failureMessage: expect.any(String), capturedMinor: 0, providerRef: null });
      expect(h.events('payment.failed', orderId).map((e) => e.payload)).toEqual([{ orderId, paymentId: payment.id, code, message: payment.failureMessage }]);
      expect(h.events('payment.authorized', orderId)).toEqual([]);
    });

    it('cancels a payment whose order closed before it was authorized, and never authorizes it afterwards', async () => {
      for (const status of ['CANCELLED', 'OUT_OF_STOCK']) {
        const orderId = newOrderId();
        await h.bus.publish([h.orderCreated(orderId), h.orderUpdated(orderId, status)]);
        const payment = await h.paymentIn(orderId, 'CANCELLED');
        await h.bus.publish([h.reserved(orderId)]);
        await h.bus.idle();
        await h.runtime.saga.advance(orderId);
        expect(await h.payment(orderId)).toMatchObject({ status: 'CANCELLED', capturedMinor: 0 });
        expect(h.provider.count('authorize', `authorize:${payment.id}`)).toBe(0);
      }
      // Closed before order.created arrived: the payment is born and cancelled at once.
      const late = newOrderId();
      await h.bus.publish([h.reserved(late), h.orderUpdated(late, 'CANCELLED'), h.orderCreated(late)]);
      const payment = await h.paymentIn(late, 'CANCELLED');
      expect(h.provider.count('authorize', `authorize:${payment.id}`)).toBe(0);
    });

    it('never charges a dead order caught up from a backlog: a lapsed or released hold cancels the payment unsent', async () => {
      // The backlog as payments finds it after an outage: the reservation lapsed long ago.
      const lapsed = newOrderId();
      await h.bus.publish([h.orderCreated(lapsed), h.reserved(lapsed, new Date(Date.now() - 60_000).toISOString())]);
      const unsent = await h.paymentIn(lapsed, 'CANCELLED');
      // The late events that follow change nothing, and nothing is ever sent to the provider.
      await h.bus.publish([h.released(lapsed), h.orderUpdated(lapsed, 'CANCELLED', 'reservation expired')]);
      await h.bus.idle();
      await h.runtime.saga.advance(lapsed);
      expect(await h.payment(lapsed)).toMatchObject({ status: 'CANCELLED', capturedMinor: 0 });
      expect(h.provider.count('authorize', `authorize:${unsent.id}`)).toBe(0);
      expect(h.events('payment.captured', lapsed)).toEqual([]);

      // Released (before order.updated CANCELLED arrived) while the order waited for its reservation to be seen.
      const released = newOrderId();
      await h.bus.publish([h.orderCreated(released), h.released(released, 'ORDER_CANCELLED'), h.reserved(released)]);
      const cancelled = await h.paymentIn(released, 'CANCELLED');
      expect(h.provider.count('authorize', `authorize:${cancelled.id}`)).toBe(0);
    });

    it('voids an authorization whose hold was released before it was captured', async () => {
      h.provider.intercept.capture = async (request) =>
        request.amountMinor === 1_717 ? { ok: false, code: 'INVALID_STATE', message: 'held for the test' } : undefined;
      try {
        const { orderId, payment } = await h.checkout({ totalMinor: 1_717, until: 'AUTHORIZED' });
        h.provider.intercept = {};
        await h.bus.publish([h.released(orderId)]);
        await h.paymentIn(orderId, 'VOIDED');
        expect(h.events('payment.captured', orderId)).toEqual([]);
        expect((await h.runtime.payments.transactionsOf([payment.id])).map((t) => t.kind)).toEqual(['AUTHORIZE', 'VOID']);
      } finally {
        h.provider.intercept = {};
      }
    });

    it('voids an authorized payment when its order is cancelled', async () => {
      // The provider holds back this capture, so the payment stays AUTHORIZED.
      h.provider.intercept.capture = async (request) =>
        request.amountMinor === 1_313 ? { ok: false, code: 'INVALID_STATE', message: 'held for the test' } : undefined;
      try {
        const { orderId, payment } = await h.checkout({ totalMinor: 1_313, until: 'AUTHORIZED' });
        await h.bus.publish([h.orderUpdated(orderId, 'CANCELLED', 'customer asked')]);
        await h.paymentIn(orderId, 'VOIDED');
        expect(h.events('payment.voided', orderId).map((e) => e.payload)).toEqual([{ orderId, paymentId: payment.id }]);
        expect(h.events('payment.captured', orderId)).toEqual([]);
        expect((await h.runtime.payments.transactionsOf([payment.id])).map((t) => t.kind)).toEqual(['AUTHORIZE', 'VOID']);
      } finally {
        h.provider.intercept = {};
      }
    });

    it('refunds what is left of a captured payment when its order is cancelled, once', async () => {
      const { orderId, payment } = await h.checkout({ totalMinor: 8_000 });
      const partial = await h.refund(payment.id, '30.00');
      expect(partial.data?.refundPayment.userErrors).toEqual([]);
      const cancelled = h.orderUpdated(orderId, 'CANCELLED', 'warehouse fire');
      await h.bus.publish([cancelled, cancelled, { ...h.orderUpdated(orderId, 'CANCELLED'), id: randomUUID() }]);
      const refunded = await h.paymentIn(orderId, 'REFUNDED');
      expect(refunded).toMatchObject({ capturedMinor: 8_000, refundedMinor: 8_000, refundPendingMinor: 0 });
      await h.runtime.saga.advance(orderId);
      const events = h.events('payment.refunded', orderId).map((e) => e.payload as { amountMinor: number; fullyRefunded: boolean });
      expect(events.map((e) => [e.amountMinor, e.fullyRefunded])).toEqual([
        [3_000, false],
        [5_000, true],
      ]);
      const refunds = await h.runtime.payments.refundsOf([payment.id]);
      expect(refunds.map((r) => [r.source, r.amountMinor, r.reason])).toEqual([
        ['API', 3_000, 'test'],
        ['CANCELLATION', 5_000, 'warehouse fire'],
      ]);
    });

    it('finishes an authorization whose step failed after the provider approved it at once on the redelivery, with no second charge', async () => {
      let failures = 0;
      h.provider.intercept.authorize = async (request, inner) => {
        if (request.amountMinor !== 2_024 || failures > 0) return undefined;
        await inner();
        failures++;
        throw new Error('the database went away before the answer was recorded');
      };
      const orderId = newOrderId();
      try {
        await h.bus.publish([h.orderCreated(orderId, { totalMinor: 2_024 }), h.reserved(orderId)]);
        // No sweep, no stale time: the handler's retry takes its own interrupted claim back.
        const payment = await h.paymentIn(orderId, 'CAPTURED');
        expect(failures).toBe(1);
        expect(h.provider.count('authorize', `authorize:${payment.id}`)).toBe(2);
        expect(h.events('payment.authorized', orderId)).toHaveLength(1);
        expect(await h.runtime.db.$count(simProcessorCharges, eq(simProcessorCharges.amountMinor, 2_024))).toBe(1);
      } finally {
        h.provider.intercept = {};
      }
    });

    it('takes over an authorization whose worker went quiet once it is stale, with no second charge', async () => {
      let wake!: () => void;
      const hung = new Promise<void>((resolve) => (wake = resolve));
      h.provider.intercept.authorize = async (request, inner) => {
        if (request.amountMinor !== 2_025) return undefined;
        h.provider.intercept = {};
        await inner();
        await hung; // the worker hangs (or died) after the provider approved, before recording it
        throw new Error('the worker is gone');
      };
      const orderId = newOrderId();
      try {
        await h.bus.publish([h.orderCreated(orderId, { totalMinor: 2_025 }), h.reserved(orderId)]);
        // The consumer is stuck in the hung worker: watch the table, not the bus.
        const stuck = await waitFor(async () => ((await h.payment(orderId))?.status === 'AUTHORIZING' ? h.payment(orderId) : null));
        await h.runtime.saga.sweep(); // not stale yet: left alone
        expect((await h.payment(orderId))?.status).toBe('AUTHORIZING');
        await h.runtime.saga.sweep(Date.now() + 60_000);
        expect((await h.payment(orderId))?.status).toBe('CAPTURED');
        wake(); // the hung worker fails at last; its retry finds the payment captured
        const payment = await h.paymentIn(orderId, 'CAPTURED');
        expect(payment.providerRef).toMatch(/^ch_sim_/);
        expect(h.provider.count('authorize', `authorize:${stuck.id}`)).toBe(2);
        expect(h.events('payment.authorized', orderId)).toHaveLength(1);
        expect(await h.runtime.db.$count(simProcessorCharges, eq(simProcessorCharges.amountMinor, 2_025))).toBe(1);
      } finally {
        wake();
        h.provider.intercept = {};
      }
    });

    it('never stores the card number: after checkouts, declines, refunds and cancellations no table holds it', async () => {
      await h.checkout();
      const dump = await h.dump();
      expect(dump.length).toBeGreaterThan(1_000);
      expect(dump).toContain('4242');
      for (const number of ['4242424242424242', ...Object.keys(DECLINING)]) expect(dump).not.toContain(number);
      expect(dump).not.toMatch(/\b\d{13,19}\b/);
    });
  });
}
