import { randomUUID } from 'node:crypto';
import { anonymous, customer, postgresTargets } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support';

const codes = (res: { data?: any }) => res.data?.refundPayment.userErrors.map((e: { code: string }) => e.code);

for (const target of postgresTargets()) {
  describe.skipIf(target.skip)(`refundPayment — ${target.name}`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness(target);
    });
    afterAll(() => h?.close());

    it('refunds part, then the rest, then refuses: the payment, its refunds and payment.refunded follow', async () => {
      const { orderId, payment } = await h.checkout({ totalMinor: 5_000 });
      const first = await h.refund(payment.id, '20');
      expect(first.errors).toBeUndefined();
      expect(first.data?.refundPayment).toMatchObject({
        payment: { id: payment.id, status: 'PARTIALLY_REFUNDED', capturedAmount: { amount: '50.00' }, refundedAmount: { amount: '20.00' } },
        refund: { amount: { amount: '20.00' }, source: 'API', reason: 'test' },
        userErrors: [],
      });
      const rest = await h.refund(payment.id, '30.00');
      expect(rest.data?.refundPayment.payment).toMatchObject({ status: 'REFUNDED', refundedAmount: { amount: '50.00' } });
      expect(rest.data?.refundPayment.payment.refunds.map((r: any) => r.amount)).toEqual([
        { amount: '20.00', currencyCode: 'USD' },
        { amount: '30.00', currencyCode: 'USD' },
      ]);
      expect(codes(await h.refund(payment.id, '0.01'))).toEqual(['NOT_REFUNDABLE']);
      await h.runtime.relay.flush();
      await h.bus.idle();
      expect(h.events('payment.refunded', orderId).map((e) => e.payload)).toMatchObject([
        { paymentId: payment.id, amountMinor: 2_000, refundedTotalMinor: 2_000, capturedMinor: 5_000, fullyRefunded: false },
        { paymentId: payment.id, amountMinor: 3_000, refundedTotalMinor: 5_000, capturedMinor: 5_000, fullyRefunded: true },
      ]);
      expect((await h.runtime.payments.transactionsOf([payment.id])).map((t) => `${t.kind}:${t.amountMinor}`)).toEqual([
        'AUTHORIZE:5000',
        'CAPTURE:5000',
        'REFUND:2000',
        'REFUND:3000',
      ]);
    });

    it('two concurrent refunds that together exceed the capture: one succeeds, the total never exceeds it', async () => {
      for (let round = 0; round < 3; round++) {
        const { payment } = await h.checkout({ totalMinor: 10_000 });
        const results = await Promise.all([h.refund(payment.id, '60.00'), h.refund(payment.id, '60.00')]);
        expect(results.map(codes).flat().sort()).toEqual(['REFUND_EXCEEDS_CAPTURED']);
        const after = await h.payment(payment.orderId);
        expect(after).toMatchObject({ capturedMinor: 10_000, refundedMinor: 6_000, refundPendingMinor: 0, status: 'PARTIALLY_REFUNDED' });
        expect(h.provider.count('refund')).toBeGreaterThan(0);
        expect((await h.runtime.payments.refundsOf([payment.id])).map((r) => r.amountMinor)).toEqual([6_000]);
      }
    });

    it('20 concurrent refunds with one key make one refund, and every caller gets it', async () => {
      const { orderId, payment } = await h.checkout({ totalMinor: 9_000 });
      const key = randomUUID();
      const results = await Promise.all(Array.from({ length: 20 }, () => h.refund(payment.id, '10.00', key)));
      expect(results.every((r) => r.errors === undefined && r.data?.refundPayment.userErrors.length === 0)).toBe(true);
      const ids = new Set(results.map((r) => r.data?.refundPayment.refund.id));
      expect(ids.size).toBe(1);
      expect(await h.payment(orderId)).toMatchObject({ refundedMinor: 1_000, refundPendingMinor: 0 });
      expect(await h.runtime.payments.refundsOf([payment.id])).toHaveLength(1);
      expect(h.provider.calls.filter((c) => c.op === 'refund' && c.key === `refund:${[...ids][0]}`)).toHaveLength(1);
      await h.runtime.relay.flush();
      await h.bus.idle();
      expect(h.events('payment.refunded', orderId)).toHaveLength(1);
    });

    it('answers the same key with the same input (5 = 5.00) with the first result, and refuses it with another amount', async () => {
      const { orderId, payment } = await h.checkout({ totalMinor: 9_000 });
      const key = randomUUID();
      const first = await h.refund(payment.id, '5', key);
      const again = await h.refund(payment.id, '5.00', key);
      expect(again.data?.refundPayment.refund.id).toBe(first.data?.refundPayment.refund.id);
      const reused = await h.refund(payment.id, '6.00', key);
      expect(codes(reused)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
      expect(reused.data?.refundPayment).toMatchObject({ payment: null, refund: null, userErrors: [{ field: 'idempotencyKey' }] });
      expect(await h.payment(orderId)).toMatchObject({ refundedMinor: 500 });
      // A refused request is remembered too: the same key and input get the same refusal.
      const tooMuch = randomUUID();
      expect(codes(await h.refund(payment.id, '1000.00', tooMuch))).toEqual(['REFUND_EXCEEDS_CAPTURED']);
      expect(codes(await h.refund(payment.id, '1000.00', tooMuch))).toEqual(['REFUND_EXCEEDS_CAPTURED']);
    });

    it('gives the amount back when the provider refuses, and says so', async () => {
      const { orderId, payment } = await h.checkout({ totalMinor: 4_000 });
      h.provider.intercept.refund = async (request) =>
        request.amountMinor === 1_313 ? { ok: false, code: 'INVALID_STATE', message: 'Processor offline.' } : undefined;
      try {
        const refused = await h.refund(payment.id, '13.13');
        expect(refused.data?.refundPayment).toMatchObject({
          refund: null,
          userErrors: [{ code: 'PROVIDER_ERROR' }],
          payment: { refundedAmount: { amount: '0.00' } },
        });
        expect(await h.payment(orderId)).toMatchObject({ status: 'CAPTURED', refundedMinor: 0, refundPendingMinor: 0 });
        expect(codes(await h.refund(payment.id, '40.00'))).toEqual([]);
      } finally {
        h.provider.intercept = {};
      }
    });

    it('refuses bad amounts, unknown payments and payments that hold no captured money as userErrors', async () => {
      const { payment } = await h.checkout({ totalMinor: 1_000 });
      for (const amount of ['0', '-1.00', '1.001', 'ten']) expect(codes(await h.refund(payment.id, amount)), amount).toEqual(['INVALID_AMOUNT']);
      expect(codes(await h.refund('pay_missing', '1.00'))).toEqual(['PAYMENT_NOT_FOUND']);
      expect(codes(await h.refund(payment.id, '10.01'))).toEqual(['REFUND_EXCEEDS_CAPTURED']);
      const failed = await h.checkout({ card: '4000000000000002', until: 'FAILED' });
      expect(codes(await h.refund(failed.payment.id, '1.00'))).toEqual(['NOT_REFUNDABLE']);
      await h.runtime.payments.insertMany(
        [
          {
            id: `pay_hist_${randomUUID()}`,
            orderId: 'ord_hist',
            customerId: 'usr_1',
            status: 'CAPTURED',
            amountMinor: 500,
            capturedMinor: 500,
            currencyCode: 'USD',
            cardBrand: 'VISA',
            cardLast4: '4242',
          },
        ],
        [],
      );
      const [history] = await h.runtime.payments.byOrderIds(['ord_hist']);
      const refused = await h.refund(history!.id, '1.00');
      expect(refused.data?.refundPayment.userErrors).toEqual([
        { code: 'NOT_REFUNDABLE', message: expect.stringMatching(/imported/), field: 'input.paymentId' },
      ]);
    });

    it('lets only admins refund: customers and support get FORBIDDEN, anonymous callers UNAUTHENTICATED, and nothing moves', async () => {
      const { orderId, payment } = await h.checkout({ totalMinor: 1_000 });
      for (const [as, code] of [
        [customer('usr_0001'), 'FORBIDDEN'],
        [{ userId: 'usr_support', role: 'SUPPORT' }, 'FORBIDDEN'],
        [anonymous, 'UNAUTHENTICATED'],
      ] as const) {
        const res = await h.refund(payment.id, '1.00', randomUUID(), as);
        expect(res.errors?.[0]?.extensions?.code).toBe(code);
        expect(res.data).toBeNull();
      }
      expect(await h.payment(orderId)).toMatchObject({ refundedMinor: 0 });
    });

    it('refuses a malformed key as bad input', async () => {
      const { payment } = await h.checkout({ totalMinor: 1_000 });
      const res = await h.refund(payment.id, '1.00', '   ');
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
    });
  });
}
