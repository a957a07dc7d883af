import { rmSync } from 'node:fs';
import { openPostgres, resultRows } from '@shop/stores';
import { migrationsUpTo, postgresTargets, REOPEN_SKIP, reopenSkip } from '@shop/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../src/app';
import { schema } from '../src/db/schema';

/** The migrations as they were before fulfilment and money had machines of their own. */
const BEFORE = ['0000_init', '0001_cart_checkout_saga'];

/** [order id, its old status, its old history as [from, to] pairs]. */
const OLD: [string, string, [string | null, string][]][] = [
  [
    'o_shipped_part',
    'PARTIALLY_REFUNDED',
    [
      ['PENDING', 'RESERVED'],
      ['RESERVED', 'CONFIRMED'],
      ['CONFIRMED', 'FULFILLED'],
      ['FULFILLED', 'PARTIALLY_REFUNDED'],
      ['PARTIALLY_REFUNDED', 'PARTIALLY_REFUNDED'],
    ],
  ],
  [
    'o_delivered_all',
    'REFUNDED',
    [
      ['PENDING', 'RESERVED'],
      ['RESERVED', 'CONFIRMED'],
      ['CONFIRMED', 'FULFILLED'],
      ['FULFILLED', 'DELIVERED'],
      ['DELIVERED', 'REFUNDED'],
    ],
  ],
  ['o_seeded_refund', 'REFUNDED', []],
  [
    'o_cancel_paid',
    'CANCELLED',
    [
      ['PENDING', 'RESERVED'],
      ['RESERVED', 'CONFIRMED'],
      ['CONFIRMED', 'CANCELLED'],
    ],
  ],
  ['o_cancel_unpaid', 'CANCELLED', [['PENDING', 'CANCELLED']]],
  [
    'o_declined',
    'PAYMENT_FAILED',
    [
      ['PENDING', 'RESERVED'],
      ['RESERVED', 'PAYMENT_FAILED'],
    ],
  ],
  ['o_short', 'OUT_OF_STOCK', [['PENDING', 'OUT_OF_STOCK']]],
  ['o_pending', 'PENDING', []],
  ['o_seeded_delivered', 'DELIVERED', []],
];

for (const target of postgresTargets()) {
  const skip = reopenSkip(target);
  describe.skipIf(skip)(`orders migrations on existing data — ${target.name}${skip === REOPEN_SKIP ? ` — ${REOPEN_SKIP}` : ''}`, () => {
    const oldFolder = migrationsUpTo(migrationsFolder, BEFORE);
    let url: string | undefined;
    let drop: () => Promise<void>;

    beforeAll(async () => {
      ({ url, drop } = await target.create());
    });
    afterAll(async () => {
      await drop?.();
      rmSync(oldFolder, { recursive: true, force: true });
    });

    it('gives refunded orders back their pre-refund status and backfills fulfilment and money from the history', async () => {
      const open = (folder: string) => openPostgres({ url, schema, migrationsFolder: folder, pgSchema: 'orders' });
      const before = await open(oldFolder);
      for (const [n, [id, status, history]] of OLD.entries()) {
        await before.db
          .execute(sql`insert into orders.orders (id, number, customer_id, status, currency_code, subtotal_minor, shipping_minor, tax_minor, total_minor, version)
          values (${id}, ${`SO-9${n}`}, 'u1', ${status}, 'USD', 1000, 0, 80, 1080, ${history.length})`);
        for (const [i, [from, to]] of history.entries()) {
          await before.db.execute(
            sql`insert into orders.order_status_history (order_id, version, from_status, to_status) values (${id}, ${i + 1}, ${from}, ${to})`,
          );
        }
      }
      await before.close();

      const after = await open(migrationsFolder);
      const orders = resultRows<{ id: string; status: string; fulfillment_status: string; financial_status: string }>(
        await after.db.execute(sql`select id, status, fulfillment_status, financial_status from orders.orders`),
      );
      expect(Object.fromEntries(orders.map((o) => [o.id, [o.status, o.fulfillment_status, o.financial_status]]))).toEqual({
        o_shipped_part: ['FULFILLED', 'FULFILLED', 'PARTIALLY_REFUNDED'],
        o_delivered_all: ['DELIVERED', 'DELIVERED', 'REFUNDED'],
        o_seeded_refund: ['CONFIRMED', 'UNFULFILLED', 'REFUNDED'],
        o_cancel_paid: ['CANCELLED', 'UNFULFILLED', 'REFUNDED'],
        o_cancel_unpaid: ['CANCELLED', 'UNFULFILLED', 'VOIDED'],
        o_declined: ['PAYMENT_FAILED', 'UNFULFILLED', 'DECLINED'],
        o_short: ['OUT_OF_STOCK', 'UNFULFILLED', 'VOIDED'],
        o_pending: ['PENDING', 'UNFULFILLED', 'PENDING'],
        o_seeded_delivered: ['DELIVERED', 'DELIVERED', 'PAID'],
      });

      const history = resultRows<Record<string, string | number>>(
        await after.db.execute(sql`select order_id, version, from_status, to_status, from_fulfillment_status, to_fulfillment_status,
          from_financial_status, to_financial_status from orders.order_status_history where order_id in ('o_shipped_part', 'o_cancel_paid') order by order_id, version`),
      );
      expect(history.map((h) => Object.values(h).join(' '))).toEqual([
        'o_cancel_paid 1 PENDING RESERVED UNFULFILLED UNFULFILLED PENDING PENDING',
        'o_cancel_paid 2 RESERVED CONFIRMED UNFULFILLED UNFULFILLED PENDING PAID',
        'o_cancel_paid 3 CONFIRMED CANCELLED UNFULFILLED UNFULFILLED PAID REFUNDED',
        'o_shipped_part 1 PENDING RESERVED UNFULFILLED UNFULFILLED PENDING PENDING',
        'o_shipped_part 2 RESERVED CONFIRMED UNFULFILLED UNFULFILLED PENDING PAID',
        'o_shipped_part 3 CONFIRMED FULFILLED UNFULFILLED FULFILLED PAID PAID',
        'o_shipped_part 4 FULFILLED FULFILLED FULFILLED FULFILLED PAID PARTIALLY_REFUNDED',
        'o_shipped_part 5 FULFILLED FULFILLED FULFILLED FULFILLED PARTIALLY_REFUNDED PARTIALLY_REFUNDED',
      ]);
      const deprecated = await after.db.execute(
        sql`select count(*)::int as n from orders.order_status_history where from_status in ('REFUNDED', 'PARTIALLY_REFUNDED') or to_status in ('REFUNDED', 'PARTIALLY_REFUNDED')`,
      );
      expect(resultRows<{ n: number }>(deprecated)).toEqual([{ n: 0 }]);
      await after.close();
    });
  });
}
