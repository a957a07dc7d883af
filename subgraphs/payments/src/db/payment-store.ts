import type { Database } from '@shop/stores';
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { paymentTransactions, payments, type PaymentsSchema } from './schema';

export type PaymentRow = typeof payments.$inferSelect;
export type NewPayment = typeof payments.$inferInsert;
export type PaymentTransactionRow = typeof paymentTransactions.$inferSelect;
export type NewPaymentTransaction = typeof paymentTransactions.$inferInsert;

/** Restricts a read to one customer's payments; absent means every customer's (staff). */
export interface ReadScope {
  customerId?: string;
}

/** What the payments subgraph needs from its store. */
export interface PaymentStore {
  /** Payments with these ids (within the scope), in no particular order; one query. */
  findByIds(ids: readonly string[], scope?: ReadScope): Promise<PaymentRow[]>;
  /** Every payment of these orders (within the scope), oldest first; one query. */
  byOrderIds(orderIds: readonly string[], scope?: ReadScope): Promise<PaymentRow[]>;
  /** The ledger of these payments, oldest first; one query. */
  transactionsOf(paymentIds: readonly string[]): Promise<PaymentTransactionRow[]>;
  /** Inserts payments and their ledger rows in one transaction, in batches (seeding). */
  insertMany(rows: NewPayment[], transactions: NewPaymentTransaction[]): Promise<void>;
  count(): Promise<number>;
}

/** Rows per INSERT: keeps each statement well under Postgres' 65,535 bind parameters. */
const BATCH = 500;

const chunks = <T>(rows: T[]) => Array.from({ length: Math.ceil(rows.length / BATCH) }, (_, i) => rows.slice(i * BATCH, (i + 1) * BATCH));

const scoped = (condition: SQL, scope: ReadScope | undefined) =>
  scope?.customerId === undefined ? condition : and(condition, eq(payments.customerId, scope.customerId));

export function createPaymentStore(db: Database<PaymentsSchema>): PaymentStore {
  return {
    findByIds: async (ids, scope) =>
      ids.length
        ? db
            .select()
            .from(payments)
            .where(scoped(inArray(payments.id, [...ids]), scope))
        : [],
    byOrderIds: async (orderIds, scope) =>
      orderIds.length
        ? db
            .select()
            .from(payments)
            .where(scoped(inArray(payments.orderId, [...orderIds]), scope))
            .orderBy(asc(payments.createdAt), asc(payments.id))
        : [],
    transactionsOf: async (paymentIds) =>
      paymentIds.length
        ? db
            .select()
            .from(paymentTransactions)
            .where(inArray(paymentTransactions.paymentId, [...paymentIds]))
            .orderBy(asc(paymentTransactions.seq))
        : [],
    async insertMany(rows, transactions) {
      if (!rows.length && !transactions.length) return;
      await db.transaction(async (tx) => {
        for (const batch of chunks(rows)) await tx.insert(payments).values(batch);
        for (const batch of chunks(transactions)) await tx.insert(paymentTransactions).values(batch);
      });
    },
    count: async () => db.$count(payments),
  };
}
