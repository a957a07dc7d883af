import { demoOrders, type DemoPayment } from '@shop/demo-data';
import type { Logger } from '@shop/kit';
import type { NewPayment, NewPaymentTransaction, PaymentStore } from './db/payment-store';
import { impliedLedger, type LedgerKind } from './domain/payment-status';

/**
 * When each step of a seeded payment happened, after it was created: cards are captured at once,
 * voids follow within the hour and refunds a day later (never after `now`).
 */
const STEP_DELAY_MS: Record<LedgerKind, number> = { AUTHORIZE: 0, CAPTURE: 1_000, VOID: 3_600_000, REFUND: 86_400_000 };

/** A demo payment as a row plus the ledger its status implies. */
export function seedRows(payment: DemoPayment, now: Date): { row: NewPayment; transactions: NewPaymentTransaction[] } {
  const created = Date.parse(payment.createdAt);
  const at = (kind: LedgerKind) => new Date(Math.min(created + STEP_DELAY_MS[kind], Math.max(created, now.getTime()))).toISOString();
  const transactions = impliedLedger(payment).map(({ kind, amountMinor }) => ({ paymentId: payment.id, kind, amountMinor, createdAt: at(kind) }));
  const row: NewPayment = { ...payment, updatedAt: transactions.at(-1)?.createdAt ?? payment.createdAt };
  return { row, transactions };
}

/** Loads the demo payments (one per demo order) into an empty store. Emits no events. */
export async function seedPayments(store: PaymentStore, now: Date, logger: Logger): Promise<void> {
  if ((await store.count()) > 0) return;
  const seeded = demoOrders(now).payments.map((p) => seedRows(p, now));
  await store.insertMany(
    seeded.map((s) => s.row),
    seeded.flatMap((s) => s.transactions),
  );
  logger.info('seeded demo payments', { count: seeded.length });
}
