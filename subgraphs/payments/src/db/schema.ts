import { defineOutbox, defineProcessedEvents } from '@shop/stores';
import { sql } from 'drizzle-orm';
import { bigserial, check, doublePrecision, index, integer, jsonb, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { PAYMENT_FAILURE_CODES, PAYMENT_ORIGINS, REFUND_SOURCES, REFUND_STATUSES } from '../domain/codes';
import { LEDGER_KINDS, PAYMENT_STATUSES } from '../domain/payment-status';
import { paymentsSchema } from './pg-schema';
import { simProcessorCharges, simProcessorRefunds, simProcessorRequests } from './sim-processor-schema';

export { paymentsSchema };
export * from './sim-processor-schema';

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/**
 * One payment per attempt to pay for an order. Card numbers are never stored: only the brand, the
 * last four digits (the constraint holds `card_last4` to exactly four digits) and the provider's
 * token. Money: refunded + refund_pending <= captured <= amount, enforced by the database too.
 */
export const payments = paymentsSchema.table(
  'payments',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id').notNull(),
    customerId: text('customer_id').notNull(),
    /** CHECKOUT payments come from order.created and run the saga; HISTORY ones are seeded, already settled. */
    origin: text('origin', { enum: PAYMENT_ORIGINS }).notNull().default('HISTORY'),
    status: text('status', { enum: PAYMENT_STATUSES }).notNull(),
    amountMinor: integer('amount_minor').notNull(),
    capturedMinor: integer('captured_minor').notNull().default(0),
    refundedMinor: integer('refunded_minor').notNull().default(0),
    /** Refunds reserved but not yet confirmed by the provider; they count against the limit. */
    refundPendingMinor: integer('refund_pending_minor').notNull().default(0),
    currencyCode: text('currency_code').notNull(),
    cardBrand: text('card_brand').notNull(),
    cardLast4: text('card_last4').notNull(),
    /** The provider's payment-method token (no card number); kept to resume an interrupted authorization. */
    cardToken: text('card_token'),
    /** The provider's id of the authorization/charge. */
    providerRef: text('provider_ref').unique(),
    failureCode: text('failure_code', { enum: PAYMENT_FAILURE_CODES }),
    failureMessage: text('failure_message'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index().on(t.orderId),
    // One checkout payment per order, whatever redelivers order.created.
    uniqueIndex('payments_checkout_order_unique')
      .on(t.orderId)
      .where(sql`${t.origin} = 'CHECKOUT'`),
    check('payments_amount_check', sql`${t.amountMinor} >= 0`),
    check('payments_captured_check', sql`${t.capturedMinor} >= 0 and ${t.capturedMinor} <= ${t.amountMinor}`),
    check(
      'payments_refunded_check',
      sql`${t.refundedMinor} >= 0 and ${t.refundPendingMinor} >= 0 and ${t.refundedMinor} + ${t.refundPendingMinor} <= ${t.capturedMinor}`,
    ),
    check('payments_status_check', sql`${t.status} in (${inList(PAYMENT_STATUSES)})`),
    check('payments_origin_check', sql`${t.origin} in (${inList(PAYMENT_ORIGINS)})`),
    check('payments_failure_code_check', sql`${t.failureCode} is null or ${t.failureCode} in (${inList(PAYMENT_FAILURE_CODES)})`),
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
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    index().on(t.paymentId),
    check('payment_transactions_amount_check', sql`${t.amountMinor} >= 0`),
    check('payment_transactions_kind_check', sql`${t.kind} in (${inList(LEDGER_KINDS)})`),
  ],
);

/**
 * Every refund: reserved as PENDING (its amount held in payments.refund_pending_minor), then
 * SUCCEEDED or FAILED once the provider answers. Webhook refunds arrive already SUCCEEDED.
 */
export const refunds = paymentsSchema.table(
  'refunds',
  {
    id: text('id').primaryKey(),
    paymentId: text('payment_id')
      .notNull()
      .references(() => payments.id, { onDelete: 'cascade' }),
    amountMinor: integer('amount_minor').notNull(),
    reason: text('reason'),
    source: text('source', { enum: REFUND_SOURCES }).notNull(),
    status: text('status', { enum: REFUND_STATUSES }).notNull(),
    providerRefundRef: text('provider_refund_ref').unique(),
    createdAt: at('created_at').notNull().defaultNow(),
    settledAt: at('settled_at'),
  },
  (t) => [
    index().on(t.paymentId),
    index('refunds_pending_index')
      .on(t.createdAt)
      .where(sql`${t.status} = 'PENDING'`),
    check('refunds_amount_check', sql`${t.amountMinor} > 0`),
    check('refunds_source_check', sql`${t.source} in (${inList(REFUND_SOURCES)})`),
    check('refunds_status_check', sql`${t.status} in (${inList(REFUND_STATUSES)})`),
  ],
);

/**
 * Remembers each refund request by its idempotency key. The key is claimed in the transaction that
 * reserves the refund; `response` is written when the refund settles (null while in flight).
 */
export const idempotencyKeys = paymentsSchema.table('idempotency_keys', {
  key: text('key').primaryKey(),
  requestHash: text('request_hash').notNull(),
  refundId: text('refund_id'),
  response: jsonb('response'),
  createdAt: at('created_at').notNull().defaultNow(),
});

/**
 * What payments has heard about each checkout order from other subgraphs, whichever arrives first:
 * the stock was reserved, or the order closed (cancelled, out of stock) and must never be charged.
 */
export const checkoutOrders = paymentsSchema.table('checkout_orders', {
  orderId: text('order_id').primaryKey(),
  reservedAt: at('reserved_at'),
  closedAt: at('closed_at'),
  closedStatus: text('closed_status'),
  closeReason: text('close_reason'),
  /** inventory.reserved's expiresAt: after it the order must not be charged. */
  holdExpiresAt: at('hold_expires_at'),
  /** inventory.released was seen (the hold ended before payment). */
  holdReleasedAt: at('hold_released_at'),
  /** ai's order.risk_assessed: LOW, MEDIUM or HIGH, with the score and reasons as ai gave them. */
  riskLevel: text('risk_level'),
  riskScore: doublePrecision('risk_score'),
  riskReasons: jsonb('risk_reasons').$type<{ code: string; message: string }[]>(),
  /** payment.held was announced (a HIGH risk order, authorised, waiting for review). */
  heldAt: at('held_at'),
  /** Staff approved the held order (order.updated ON_HOLD -> RESERVED). */
  approvedAt: at('approved_at'),
});

/** Event ids the 'payments' consumer group has applied; redelivery changes nothing. */
export const processedEvents = defineProcessedEvents(paymentsSchema);

/** Provider webhook events, by the provider's event id: each is applied once, in the same transaction. */
export const webhookEvents = paymentsSchema.table('webhook_events', {
  eventId: text('event_id').primaryKey(),
  type: text('type').notNull(),
  receivedAt: at('received_at').notNull().defaultNow(),
});

export const outbox = defineOutbox(paymentsSchema);

export const schema = {
  payments,
  paymentTransactions,
  refunds,
  idempotencyKeys,
  checkoutOrders,
  processedEvents,
  webhookEvents,
  outbox,
  simProcessorCharges,
  simProcessorRefunds,
  simProcessorRequests,
};
export type PaymentsSchema = typeof schema;
