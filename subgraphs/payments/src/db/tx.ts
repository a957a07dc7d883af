import { appendToOutbox, type Database, type DomainEvent } from '@shop/stores';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { sourcesOf, type LedgerKind, type PaymentStatus } from '../domain/payment-status';
import type { PaymentRow } from './payment-store';
import { outbox, paymentTransactions, payments, type PaymentsSchema } from './schema';

export type PaymentsDb = Database<PaymentsSchema>;
export type Tx = Parameters<Parameters<PaymentsDb['transaction']>[0]>[0];
export type { PaymentRow };

/**
 * Moves a payment to `to` by compare-and-set: only from a status the lifecycle allows (and `where`,
 * when given), in one UPDATE. Returns the updated row, or null when another worker (or an earlier
 * delivery) already moved it.
 */
export async function transition(
  tx: Tx | PaymentsDb,
  paymentId: string,
  to: PaymentStatus,
  set: PgUpdateSetSource<typeof payments> = {},
  where?: SQL,
): Promise<PaymentRow | null> {
  const [row] = await tx
    .update(payments)
    .set({ ...set, status: to, updatedAt: sql`now()` })
    .where(and(eq(payments.id, paymentId), inArray(payments.status, sourcesOf(to)), where))
    .returning();
  return row ?? null;
}

/** The ledger row and outbox events that go with a money movement, in the caller's transaction. */
export async function recordMovement(tx: Tx, paymentId: string, kind: LedgerKind, amountMinor: number, events: DomainEvent[]): Promise<void> {
  await tx.insert(paymentTransactions).values({ paymentId, kind, amountMinor });
  await appendToOutbox(tx, outbox, events);
}
