import { tokenizeCard } from '@shop/payment-cards';
import { openPostgres, type PostgresStore } from '@shop/stores';
import { postgresTargets } from '@shop/testing';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../src/app';
import { schema, simProcessorCharges, type PaymentsSchema } from '../src/db/schema';
import { ProviderError, SimulatedCardProcessor } from '../src/provider';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const token = (cardNumber: string) => {
  const result = tokenizeCard({ cardNumber, expiry: '12/30', cvc: cardNumber.startsWith('3') ? '1234' : '123' }, NOW);
  if (!result.ok) throw new Error(result.message);
  return result.token;
};
let keys = 0;
const key = () => `k-${++keys}-${Math.random().toString(36).slice(2)}`;

for (const target of postgresTargets()) {
  describe.skipIf(target.skip)(`SimulatedCardProcessor — ${target.name}`, () => {
    let pg: PostgresStore<PaymentsSchema>;
    let drop: () => Promise<void>;
    let processor: SimulatedCardProcessor;

    beforeAll(async () => {
      const database = await target.create();
      drop = database.drop;
      pg = await openPostgres({ url: database.url, schema, migrationsFolder, pgSchema: 'payments' });
      processor = new SimulatedCardProcessor(pg.db);
    });
    afterAll(async () => {
      await pg?.close();
      await drop?.();
    });

    const approve = async (amountMinor = 10_000) => {
      const result = await processor.authorize({ token: token('4242424242424242'), amountMinor, currencyCode: 'USD', idempotencyKey: key() });
      if (result.status !== 'approved') throw new Error('expected approval');
      return result.providerRef;
    };
    const captured = async (amountMinor = 10_000) => {
      const ref = await approve(amountMinor);
      expect(await processor.capture({ providerRef: ref, amountMinor, idempotencyKey: key() })).toEqual({ ok: true });
      return ref;
    };

    it.each([
      ['4242424242424242', 'approved'],
      ['5555555555554444', 'approved'],
      ['378282246310005', 'approved'],
      ['4000000000000002', 'CARD_DECLINED'],
      ['4000000000009995', 'INSUFFICIENT_FUNDS'],
      ['4000000000000069', 'EXPIRED_CARD'],
      ['4000000000000119', 'PROCESSING_ERROR'],
    ])('answers the test card %s with %s', async (number, expected) => {
      const result = await processor.authorize({ token: token(number), amountMinor: 2_500, currencyCode: 'USD', idempotencyKey: key() });
      if (expected === 'approved') {
        expect(result).toEqual({ status: 'approved', providerRef: expect.stringMatching(/^ch_sim_/) });
      } else {
        expect(result).toEqual({ status: 'declined', code: expected, message: expect.any(String) });
      }
    });

    it('declines a token it cannot read as a processing error, and keeps no charge for declines', async () => {
      const before = await pg.db.$count(simProcessorCharges);
      expect(await processor.authorize({ token: 'tok_sim_garbage', amountMinor: 100, currencyCode: 'USD', idempotencyKey: key() })).toMatchObject({
        status: 'declined',
        code: 'PROCESSING_ERROR',
      });
      await processor.authorize({ token: token('4000000000000002'), amountMinor: 100, currencyCode: 'USD', idempotencyKey: key() });
      expect(await pg.db.$count(simProcessorCharges)).toBe(before);
    });

    it('captures or voids an authorization once, and refuses the other afterwards', async () => {
      const a = await captured();
      expect(await processor.void({ providerRef: a, idempotencyKey: key() })).toMatchObject({ ok: false, code: 'INVALID_STATE' });
      const b = await approve();
      expect(await processor.void({ providerRef: b, idempotencyKey: key() })).toEqual({ ok: true });
      expect(await processor.capture({ providerRef: b, amountMinor: 10_000, idempotencyKey: key() })).toMatchObject({ ok: false, code: 'INVALID_STATE' });
      expect(await processor.capture({ providerRef: 'ch_sim_missing', amountMinor: 1, idempotencyKey: key() })).toMatchObject({
        ok: false,
        code: 'CHARGE_NOT_FOUND',
      });
      const c = await approve(1_000);
      expect(await processor.capture({ providerRef: c, amountMinor: 1_001, idempotencyKey: key() })).toMatchObject({
        ok: false,
        code: 'AMOUNT_EXCEEDS_CAPTURED',
      });
    });

    it('refunds in parts up to the captured amount and refuses more, or refunds before capture', async () => {
      const ref = await captured(10_000);
      const first = await processor.refund({ providerRef: ref, amountMinor: 6_000, idempotencyKey: key() });
      expect(first).toEqual({ ok: true, providerRefundRef: expect.stringMatching(/^re_sim_/) });
      expect(await processor.refund({ providerRef: ref, amountMinor: 4_001, idempotencyKey: key() })).toMatchObject({
        ok: false,
        code: 'AMOUNT_EXCEEDS_CAPTURED',
      });
      expect(await processor.refund({ providerRef: ref, amountMinor: 4_000, idempotencyKey: key() })).toMatchObject({ ok: true });
      expect(await processor.refund({ providerRef: ref, amountMinor: 1, idempotencyKey: key() })).toMatchObject({ ok: false, code: 'AMOUNT_EXCEEDS_CAPTURED' });
      const uncaptured = await approve();
      expect(await processor.refund({ providerRef: uncaptured, amountMinor: 1, idempotencyKey: key() })).toMatchObject({ ok: false, code: 'INVALID_STATE' });
    });

    it('never refunds more than captured, even for concurrent refunds under different keys', async () => {
      const ref = await captured(10_000);
      const results = await Promise.all(Array.from({ length: 5 }, () => processor.refund({ providerRef: ref, amountMinor: 3_000, idempotencyKey: key() })));
      expect(results.filter((r) => r.ok)).toHaveLength(3);
      const [charge] = await pg.db.select().from(simProcessorCharges).where(eq(simProcessorCharges.ref, ref));
      expect(charge).toMatchObject({ capturedMinor: 10_000, refundedMinor: 9_000 });
    });

    it('answers a repeated key with the first response, also from a new instance (after a restart)', async () => {
      const request = { token: token('4242424242424242'), amountMinor: 777, currencyCode: 'USD', idempotencyKey: key() };
      const first = await processor.authorize(request);
      const again = await new SimulatedCardProcessor(pg.db).authorize(request);
      expect(again).toEqual(first);
      expect(await pg.db.$count(simProcessorCharges, eq(simProcessorCharges.amountMinor, 777))).toBe(1);
    });

    it('refuses a key reused with other parameters', async () => {
      const request = { token: token('4242424242424242'), amountMinor: 100, currencyCode: 'USD', idempotencyKey: key() };
      await processor.authorize(request);
      await expect(processor.authorize({ ...request, amountMinor: 101 })).rejects.toBeInstanceOf(ProviderError);
      await expect(processor.authorize({ ...request, amountMinor: 101 })).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    });

    it('gives concurrent duplicates one effect', async () => {
      const request = { token: token('5555555555554444'), amountMinor: 4_321, currencyCode: 'USD', idempotencyKey: key() };
      const results = await Promise.all(Array.from({ length: 10 }, () => processor.authorize(request)));
      expect(new Set(results.map((r) => (r.status === 'approved' ? r.providerRef : r.code))).size).toBe(1);
      expect(await pg.db.$count(simProcessorCharges, eq(simProcessorCharges.amountMinor, 4_321))).toBe(1);

      const ref = await captured(2_000);
      const refund = { providerRef: ref, amountMinor: 500, idempotencyKey: key() };
      const refunds = await Promise.all(Array.from({ length: 10 }, () => processor.refund(refund)));
      expect(new Set(refunds.map((r) => (r.ok ? r.providerRefundRef : r.code))).size).toBe(1);
      const [charge] = await pg.db.select().from(simProcessorCharges).where(eq(simProcessorCharges.ref, ref));
      expect(charge!.refundedMinor).toBe(500);
    });

    it('records a refund made outside the API, within the same limit', async () => {
      const ref = await captured(1_000);
      expect(await processor.refundOutsideApi({ providerRef: ref, amountMinor: 1_000 })).toMatchObject({ ok: true });
      expect(await processor.refundOutsideApi({ providerRef: ref, amountMinor: 1 })).toMatchObject({ ok: false, code: 'AMOUNT_EXCEEDS_CAPTURED' });
    });

    it('stores brand and last four only, never the card number', async () => {
      const rows = await pg.db.execute(sql`select row_to_json(c)::text as json from payments.sim_processor_charges c`);
      const text = JSON.stringify(rows);
      expect(text).toContain('4242');
      expect(text).not.toContain('4242424242424242');
    });
  });
}
