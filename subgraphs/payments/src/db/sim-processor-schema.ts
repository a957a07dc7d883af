import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, text, timestamp } from 'drizzle-orm/pg-core';
import { paymentsSchema } from './pg-schema';

/**
 * The simulated card processor's own records: what a real provider keeps on its side. They live in
 * the payments schema for convenience only; nothing but `SimulatedCardProcessor` reads them. Like
 * a provider's, they survive a restart, so a retried request after a crash is answered, not redone.
 */
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** One approved authorization and what happened to it since. */
export const simProcessorCharges = paymentsSchema.table(
  'sim_processor_charges',
  {
    ref: text('ref').primaryKey(),
    status: text('status', { enum: ['AUTHORIZED', 'CAPTURED', 'VOIDED'] }).notNull(),
    amountMinor: integer('amount_minor').notNull(),
    currencyCode: text('currency_code').notNull(),
    cardBrand: text('card_brand').notNull(),
    cardLast4: text('card_last4').notNull(),
    capturedMinor: integer('captured_minor').notNull().default(0),
    refundedMinor: integer('refunded_minor').notNull().default(0),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check(
      'sim_processor_charges_money_check',
      sql`${t.refundedMinor} >= 0 and ${t.refundedMinor} <= ${t.capturedMinor} and ${t.capturedMinor} <= ${t.amountMinor}`,
    ),
  ],
);

export const simProcessorRefunds = paymentsSchema.table(
  'sim_processor_refunds',
  {
    ref: text('ref').primaryKey(),
    chargeRef: text('charge_ref')
      .notNull()
      .references(() => simProcessorCharges.ref),
    amountMinor: integer('amount_minor').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index().on(t.chargeRef), check('sim_processor_refunds_amount_check', sql`${t.amountMinor} > 0`)],
);

/** Every request by idempotency key: the same key is answered with the first response. */
export const simProcessorRequests = paymentsSchema.table('sim_processor_requests', {
  idempotencyKey: text('idempotency_key').primaryKey(),
  operation: text('operation').notNull(),
  requestHash: text('request_hash').notNull(),
  response: jsonb('response'),
  createdAt: at('created_at').notNull().defaultNow(),
});
