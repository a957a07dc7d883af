import { defineOutbox } from '@shop/stores';
import { sql } from 'drizzle-orm';
import { bigserial, check, index, integer, pgSchema, text, timestamp } from 'drizzle-orm/pg-core';
import { LEDGER_KINDS, PAYMENT_STATUSES } from '../domain/payment-status';

/** Every table of the payments subgraph lives in its own Postgres schema. */
export const paymentsSchema = pgSchema('payments');

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

/**
 * One payment per attempt to pay for an order. Card numbers are never stored: only the brand and
 * the last four digits, which the constraint holds to exactly four digits.
 */
export const payments = paymentsSchema.table(
  'payments',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id').notNull(),
    customerId: text('customer_id').notNull(),
    status: text('status', { enum: PAYMENT_STATUSES }).notNull(),
    amountMinor: integer('amount_minor').notNull(),
    refundedMinor: integer('refunded_minor').notNull().default(0),
    currencyCode: text('currency_code').notNull(),
    cardBrand: text('card_brand').notNull(),
    cardLast4: text('card_last4').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.orderId),
    check('payments_amount_check', sql`${t.amountMinor} >= 0`),
    check('payments_refunded_check', sql`${t.refundedMinor} >= 0 and ${t.refundedMinor} <= ${t.amountMinor}`),
    check('payments_status_check', sql`${t.status} in (${inList(PAYMENT_STATUSES)})`),
    check('payments_card_last4_check', sql`${t.cardLast4} ~ '^[0-9]{4}$'`),
  ],
);

/** The append-only money history of each payment: what the provider was asked to do, and for how much. */
export const paymentTransactions = paymentsSchema.table(
  'payment_transactions',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    paymentId: text('payment_id')
      .notNull()
      .references(() => payments.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: LEDGER_KINDS }).notNull(),
    amountMinor: integer('amount_minor').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.paymentId),
    check('payment_transactions_amount_check', sql`${t.amountMinor} >= 0`),
    check('payment_transactions_kind_check', sql`${t.kind} in (${inList(LEDGER_KINDS)})`),
  ],
);

export const outbox = defineOutbox(paymentsSchema);

export const schema = { payments, paymentTransactions, outbox };
export type PaymentsSchema = typeof schema;
