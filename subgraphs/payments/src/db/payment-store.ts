import type { Database } from '@shop/stores';
import { and, asc, eq, getTableColumns, inArray, type SQL } from 'drizzle-orm';
import { paymentTransactions, payments, refunds, type PaymentsSchema } from './schema';

export type PaymentRow = typeof payments.$inferSelect;
export type NewPayment = typeof payments.$inferInsert;
export type PaymentTransactionRow = typeof paymentTransactions.$inferSelect;
export type NewPaymentTransaction = typeof paymentTransactions.$inferInsert;
export type RefundRow = typeof refunds.$inferSelect;
export type NewRefund = typeof refunds.$inferInsert;
/** A refund as the API shows it: with its payment's currency. */
export type RefundView = RefundRow & { currencyCode: string };

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
  /** The settled (SUCCEEDED) refunds of these payments, oldest first; one query. */
  refundsOf(paymentIds: readonly string[]): Promise<RefundView[]>;
  /** Refunds with these ids, whatever their status; one query. */
  refundsByIds(ids: readonly string[]): Promise<RefundView[]>;
  /** Inserts payments with their ledger rows and refunds in one transaction, in batches (seeding). */
  insertMany(rows: NewPayment[], transactions: NewPaymentTransaction[], refundRows?: NewRefund[]): Promise<void>;
  count(): Promise<number>;
}

/** Rows per INSERT: keeps each statement well under Postgres' 65,535 bind parameters. */
const BATCH = 500;

const chunks = <T>(rows: T[]) => Array.from({ length: Math.ceil(rows.length / BATCH) }, (_, i) => rows.slice(i * BATCH, (i + 1) * BATCH));

const scoped = (condition: SQL, scope: ReadScope | undefined) =>
  scope?.customerId === undefined ? condition : and(condition, eq(payments.customerId, scope.customerId));

export function createPaymentStore(db: Database<PaymentsSchema>): PaymentStore {
  const refundViews = () =>
    db
      .select({ ...getTableColumns(refunds), currencyCode: payments.currencyCode })
      .from(refunds)
      .innerJoin(payments, eq(payments.id, refunds.paymentId))
      .$dynamic();
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
    refundsOf: async (paymentIds) =>
      paymentIds.length
        ? refundViews()
            .where(and(inArray(refunds.paymentId, [...paymentIds]), eq(refunds.status, 'SUCCEEDED')))
            .orderBy(asc(refunds.createdAt), asc(refunds.id))
        : [],
    refundsByIds: async (ids) => (ids.length ? refundViews().where(inArray(refunds.id, [...ids])) : []),
    async insertMany(rows, transactions, refundRows = []) {
      if (!rows.length && !transactions.length && !refundRows.length) return;
      await db.transaction(async (tx) => {
        for (const batch of chunks(rows)) await tx.insert(payments).values(batch);
        for (const batch of chunks(transactions)) await tx.insert(paymentTransactions).values(batch);
        for (const batch of chunks(refundRows)) await tx.insert(refunds).values(batch);
      });
    },
    count: async () => db.$count(payments),
  };
}
