import { demoOrders } from '@shop/demo-data';
import { createLogger } from '@shop/kit';
import { describe, expect, it } from 'vitest';
import type { NewPayment, NewPaymentTransaction, NewRefund, PaymentStore } from '../src/db/payment-store';
import { seedPayments, seedRows } from '../src/seed';

const NOW = new Date('2026-03-01T12:00:00.000Z');

/** Just enough of a store to watch what the seed writes. */
function recordingStore(initialCount: number) {
  const calls: { rows: NewPayment[]; transactions: NewPaymentTransaction[]; refunds: NewRefund[] }[] = [];
  const store: PaymentStore = {
    findByIds: async () => [],
    byOrderIds: async () => [],
    transactionsOf: async () => [],
    refundsOf: async () => [],
    refundsByIds: async () => [],
    insertMany: async (rows, transactions, refunds = []) => void calls.push({ rows, transactions, refunds }),
    count: async () => initialCount,
  };
  return { store, calls };
}

describe('seeding demo payments', () => {
  it('writes all 4,000 payments with the ledger their status implies, in one call', async () => {
    const { store, calls } = recordingStore(0);
    await seedPayments(store, NOW, createLogger('silent'));
    expect(calls).toHaveLength(1);
    const { rows, transactions } = calls[0]!;
    expect(rows).toHaveLength(4000);
    const kinds = (id: string) =>
      transactions
        .filter((t) => t.paymentId === id)
        .map((t) => t.kind)
        .join(',');
    for (const row of rows) {
      const expected = { CAPTURED: 'AUTHORIZE,CAPTURE', VOIDED: 'AUTHORIZE,VOID', REFUNDED: 'AUTHORIZE,CAPTURE,REFUND' }[row.status as 'CAPTURED'];
      expect(kinds(row.id), row.id).toBe(expected);
      // Seeded history is settled: captured money is on the row, and no provider charge or token exists.
      expect(row.capturedMinor, row.id).toBe(row.status === 'VOIDED' ? 0 : row.amountMinor);
      expect({ origin: row.origin, providerRef: row.providerRef, cardToken: row.cardToken }).toEqual({
        origin: 'HISTORY',
        providerRef: undefined,
        cardToken: undefined,
      });
    }
  });

  it('gives every refunded payment one settled refund of its refunded amount', async () => {
    const { store, calls } = recordingStore(0);
    await seedPayments(store, NOW, createLogger('silent'));
    const { rows, refunds } = calls[0]!;
    const refunded = rows.filter((r) => (r.refundedMinor ?? 0) > 0);
    expect(refunded.length).toBeGreaterThan(0);
    expect(refunds.map((r) => [r.paymentId, r.amountMinor, r.status])).toEqual(refunded.map((r) => [r.id, r.refundedMinor, 'SUCCEEDED']));
  });

  it('dates each ledger step after the payment and no later than now, and updatedAt at the last step', () => {
    for (const payment of demoOrders(NOW).payments) {
      const { row, transactions } = seedRows(payment, NOW);
      const times = transactions.map((t) => Date.parse(t.createdAt!));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(Math.min(...times)).toBe(Date.parse(payment.createdAt));
      expect(Math.max(...times)).toBeLessThanOrEqual(NOW.getTime());
      expect(row.updatedAt).toBe(transactions.at(-1)!.createdAt);
    }
  });

  it('leaves a store that already holds payments alone', async () => {
    const { store, calls } = recordingStore(5);
    await seedPayments(store, NOW, createLogger('silent'));
    expect(calls).toEqual([]);
  });
});
