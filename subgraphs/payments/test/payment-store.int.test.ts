import { openPostgres, type PostgresStore } from '@shop/stores';
import { postgresTargets } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../src/app';
import { createPaymentStore, type NewPayment, type PaymentStore } from '../src/db/payment-store';
import { schema, type PaymentsSchema } from '../src/db/schema';

const payment = (id: string, over: Partial<NewPayment> = {}): NewPayment => ({
  id,
  orderId: `ord_${id}`,
  customerId: 'usr_a',
  status: 'CAPTURED',
  amountMinor: 1000,
  capturedMinor: 1000,
  refundedMinor: 0,
  currencyCode: 'USD',
  cardBrand: 'VISA',
  cardLast4: '4242',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

/** The PaymentStore contract: every implementation must pass it. */
for (const target of postgresTargets()) {
  describe.skipIf(target.skip)(`PaymentStore contract — ${target.name}`, () => {
    let pg: PostgresStore<PaymentsSchema>;
    let store: PaymentStore;
    let drop: () => Promise<void>;

    beforeAll(async () => {
      const database = await target.create();
      drop = database.drop;
      pg = await openPostgres({ url: database.url, schema, migrationsFolder, pgSchema: 'payments' });
      store = createPaymentStore(pg.db);
    });
    afterAll(async () => {
      await pg?.close();
      await drop?.();
    });

    it('applies the migrations to an empty database and starts empty', async () => {
      expect(await store.count()).toBe(0);
      expect(await store.findByIds(['p1'])).toEqual([]);
      expect(await store.byOrderIds(['ord_1'])).toEqual([]);
    });

    it('inserts payments with their ledger and finds them by id in one query', async () => {
      await store.insertMany(
        [
          payment('p1', { orderId: 'ord_1' }),
          payment('p2', { orderId: 'ord_1', customerId: 'usr_a', createdAt: '2026-01-02T00:00:00.000Z' }),
          payment('p3', { orderId: 'ord_2', customerId: 'usr_b', status: 'REFUNDED', refundedMinor: 1000 }),
        ],
        [
          { paymentId: 'p1', kind: 'AUTHORIZE', amountMinor: 1000 },
          { paymentId: 'p1', kind: 'CAPTURE', amountMinor: 1000 },
          { paymentId: 'p3', kind: 'AUTHORIZE', amountMinor: 1000 },
          { paymentId: 'p3', kind: 'CAPTURE', amountMinor: 1000 },
          { paymentId: 'p3', kind: 'REFUND', amountMinor: 1000 },
        ],
      );
      expect(await store.count()).toBe(3);
      pg.resetQueryCount();
      const found = await store.findByIds(['p3', 'p1', 'missing']);
      expect(pg.queryCount()).toBe(1);
      expect(found.map((p) => p.id).sort()).toEqual(['p1', 'p3']);
      expect(found.find((p) => p.id === 'p3')).toMatchObject({
        status: 'REFUNDED',
        amountMinor: 1000,
        refundedMinor: 1000,
        cardBrand: 'VISA',
        cardLast4: '4242',
        customerId: 'usr_b',
      });
      expect((await store.transactionsOf(['p3', 'p1'])).map((t) => `${t.paymentId}:${t.kind}`)).toEqual([
        'p1:AUTHORIZE',
        'p1:CAPTURE',
        'p3:AUTHORIZE',
        'p3:CAPTURE',
        'p3:REFUND',
      ]);
      expect(await store.transactionsOf([])).toEqual([]);
    });

    it('returns the payments of many orders in one query, oldest first', async () => {
      pg.resetQueryCount();
      const rows = await store.byOrderIds(['ord_2', 'ord_1', 'ord_none']);
      expect(pg.queryCount()).toBe(1);
      expect(rows.map((p) => p.id)).toEqual(['p1', 'p3', 'p2']);
      expect(await store.byOrderIds([])).toEqual([]);
    });

    it("limits reads to one customer's payments when scoped", async () => {
      expect((await store.findByIds(['p1', 'p3'], { customerId: 'usr_a' })).map((p) => p.id)).toEqual(['p1']);
      expect((await store.byOrderIds(['ord_1', 'ord_2'], { customerId: 'usr_b' })).map((p) => p.id)).toEqual(['p3']);
      expect(await store.byOrderIds(['ord_1'], { customerId: 'usr_nobody' })).toEqual([]);
      expect((await store.findByIds(['p1', 'p3'], {})).length).toBe(2);
    });

    it('refuses a refund larger than the capture, a capture larger than the amount, or negative money, and inserts nothing of the batch', async () => {
      await expect(store.insertMany([payment('ok1'), payment('bad1', { refundedMinor: 1001 })], [])).rejects.toThrow();
      await expect(store.insertMany([payment('bad3', { capturedMinor: 500, refundedMinor: 400, refundPendingMinor: 101 })], [])).rejects.toThrow();
      await expect(store.insertMany([payment('bad4', { capturedMinor: 1001 })], [])).rejects.toThrow();
      await expect(store.insertMany([payment('bad5', { refundPendingMinor: -1 })], [])).rejects.toThrow();
      await expect(store.insertMany([payment('bad2', { refundedMinor: -1 })], [])).rejects.toThrow();
      await expect(store.insertMany([payment('ok2')], [{ paymentId: 'ok2', kind: 'REFUND', amountMinor: -5 }])).rejects.toThrow();
      expect(await store.findByIds(['ok1', 'bad1', 'bad2', 'bad3', 'bad4', 'bad5', 'ok2'])).toEqual([]);
      expect(await store.count()).toBe(3);
    });

    it('stores no card numbers: only exactly four digits fit', async () => {
      await expect(store.insertMany([payment('pan', { cardLast4: '4242424242424242' })], [])).rejects.toThrow();
      await expect(store.insertMany([payment('abc', { cardLast4: '42a2' })], [])).rejects.toThrow();
      expect(await store.findByIds(['pan', 'abc'])).toEqual([]);
    });

    it('holds one checkout payment per order, however many history payments it has', async () => {
      await store.insertMany([payment('co1', { orderId: 'ord_co', origin: 'CHECKOUT' })], []);
      await expect(store.insertMany([payment('co2', { orderId: 'ord_co', origin: 'CHECKOUT' })], [])).rejects.toThrow();
      await store.insertMany([payment('h1', { orderId: 'ord_co' }), payment('h2', { orderId: 'ord_co' })], []);
      expect((await store.byOrderIds(['ord_co'])).map((p) => p.id).sort()).toEqual(['co1', 'h1', 'h2']);
    });

    it('returns the settled refunds of many payments with their currency, in one query', async () => {
      await store.insertMany(
        [payment('r1', { orderId: 'ord_r', refundedMinor: 700, status: 'PARTIALLY_REFUNDED' }), payment('r2', { orderId: 'ord_r', currencyCode: 'EUR' })],
        [],
        [
          { id: 'rfd_b', paymentId: 'r1', amountMinor: 300, source: 'WEBHOOK', status: 'SUCCEEDED', createdAt: '2026-01-03T00:00:00.000Z' },
          { id: 'rfd_a', paymentId: 'r1', amountMinor: 400, source: 'API', status: 'SUCCEEDED', reason: 'damaged', createdAt: '2026-01-02T00:00:00.000Z' },
          { id: 'rfd_p', paymentId: 'r2', amountMinor: 100, source: 'API', status: 'PENDING' },
          { id: 'rfd_f', paymentId: 'r2', amountMinor: 100, source: 'API', status: 'FAILED' },
        ],
      );
      pg.resetQueryCount();
      const rows = await store.refundsOf(['r2', 'r1']);
      expect(pg.queryCount()).toBe(1);
      expect(rows.map((r) => [r.id, r.amountMinor, r.source, r.currencyCode])).toEqual([
        ['rfd_a', 400, 'API', 'USD'],
        ['rfd_b', 300, 'WEBHOOK', 'USD'],
      ]);
      expect((await store.refundsByIds(['rfd_p', 'rfd_none'])).map((r) => [r.id, r.status, r.currencyCode])).toEqual([['rfd_p', 'PENDING', 'EUR']]);
      expect(await store.refundsOf([])).toEqual([]);
      await expect(store.insertMany([], [], [{ id: 'rfd_zero', paymentId: 'r1', amountMinor: 0, source: 'API', status: 'SUCCEEDED' }])).rejects.toThrow();
    });

    it('refuses unknown statuses and ledger kinds', async () => {
      await expect(store.insertMany([payment('weird', { status: 'SETTLED' as never })], [])).rejects.toThrow();
      await expect(store.insertMany([payment('weird2')], [{ paymentId: 'weird2', kind: 'CHARGEBACK' as never, amountMinor: 1 }])).rejects.toThrow();
      expect(await store.count()).toBe(8);
    });

    it('inserts more rows than fit one statement, all or nothing', async () => {
      const rows = Array.from({ length: 501 }, (_, i) => payment(`bulk${i}`, { orderId: `ord_bulk${i % 50}` }));
      // 501 rows take two statements; the bad row sits in the second: the earlier ones must be rolled back with it.
      await expect(store.insertMany([...rows.slice(0, 500), payment('bulk500', { refundedMinor: 5000 })], [])).rejects.toThrow();
      expect(await store.count()).toBe(8);
      await store.insertMany(
        rows,
        rows.map((r) => ({ paymentId: r.id, kind: 'AUTHORIZE' as const, amountMinor: r.amountMinor })),
      );
      expect(await store.count()).toBe(509);
      expect(await store.byOrderIds(['ord_bulk7'])).toHaveLength(10);
      expect(await store.transactionsOf(['bulk500'])).toHaveLength(1);
    });
  });
}
