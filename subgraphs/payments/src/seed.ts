import { demoOrders, type DemoPayment } from '@shop/demo-data';
import type { Logger } from '@shop/kit';
import type { NewPayment, NewPaymentTransaction, NewRefund, PaymentStore } from './db/payment-store';
import { impliedLedger, isCaptured, type LedgerKind } from './domain/payment-status';

/**
 * When each step of a seeded payment happened, after it was created: cards are captured at once,
 * voids follow within the hour and refunds a day later (never after `now`).
 */
const STEP_DELAY_MS: Record<LedgerKind, number> = { AUTHORIZE: 0, CAPTURE: 1_000, VOID: 3_600_000, REFUND: 86_400_000 };

/**
 * A demo payment as a row plus the ledger its status implies and, when refunded, its refund. Seeded
 * payments are HISTORY: settled before this system, with no charge at the provider to act on.
 */
export function seedRows(payment: DemoPayment, now: Date): { row: NewPayment; transactions: NewPaymentTransaction[]; refunds: NewRefund[] } {
  const created = Date.parse(payment.createdAt);
  const at = (kind: LedgerKind) => new Date(Math.min(created + STEP_DELAY_MS[kind], Math.max(created, now.getTime()))).toISOString();
  const transactions = impliedLedger(payment).map(({ kind, amountMinor }) => ({ paymentId: payment.id, kind, amountMinor, createdAt: at(kind) }));
  const row: NewPayment = {
    ...payment,
    origin: 'HISTORY',
    capturedMinor: isCaptured(payment.status) ? payment.amountMinor : 0,
    updatedAt: transactions.at(-1)?.createdAt ?? payment.createdAt,
  };
  const refunds: NewRefund[] =
    payment.refundedMinor > 0
      ? [
          {
            id: `rfd_${payment.id}`,
            paymentId: payment.id,
            amountMinor: payment.refundedMinor,
            reason: null,
            source: 'API',
            status: 'SUCCEEDED',
            createdAt: at('REFUND'),
            settledAt: at('REFUND'),
          },
        ]
      : [];
  return { row, transactions, refunds };
}

/** Loads the demo payments (one per demo order) into an empty store. Emits no events. */
export async function seedPayments(store: PaymentStore, now: Date, logger: Logger): Promise<void> {
  if ((await store.count()) > 0) return;
  const seeded = demoOrders(now).payments.map((p) => seedRows(p, now));
  await store.insertMany(
    seeded.map((s) => s.row),
    seeded.flatMap((s) => s.transactions),
    seeded.flatMap((s) => s.refunds),
  );
  logger.info('seeded demo payments', { count: seeded.length });
}
