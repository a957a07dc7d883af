import { boolean, index, integer, jsonb, pgSchema, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** The users subgraph's Postgres schema (schema.ts names it too; both mean the same `users`). */
const usersSchema = pgSchema('users');

/**
 * Partner webhooks: what to POST where (a subscription document shaping the payload), with the
 * secret that signs it. `consecutive_failures` counts failed attempts in a row over every delivery;
 * past the threshold the webhook is disabled (`disabled_reason`, `disabled_at`).
 */
export const webhooks = usersSchema.table('webhooks', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  targetUrl: text('target_url').notNull(),
  query: text('query').notNull(),
  /** The Subscription field the document selects, and its literal arguments: which events match. */
  field: text('field').notNull(),
  args: jsonb('args').$type<Record<string, unknown>>().notNull(),
  secret: text('secret').notNull(),
  enabled: boolean('enabled').notNull().default(true),
  disabledReason: text('disabled_reason'),
  disabledAt: timestamp('disabled_at', { withTimezone: true, mode: 'date' }),
  consecutiveFailures: integer('consecutive_failures').notNull().default(0),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
});

/** One event for one webhook: unique per (webhook, event), so a redelivered bus event adds nothing. */
export const webhookDeliveries = usersSchema.table(
  'webhook_deliveries',
  {
    id: text('id').primaryKey(),
    webhookId: text('webhook_id')
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    eventId: text('event_id').notNull(),
    eventType: text('event_type').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** The event as the subscription resolvers take it (root value). */
    root: jsonb('root').$type<Record<string, unknown>>().notNull(),
    /** The body sent, built (through the gateway) before the first attempt and kept for every later one. */
    payload: text('payload'),
    status: text('status', { enum: ['PENDING', 'DELIVERED', 'DEAD'] }).notNull(),
    attemptCount: integer('attempt_count').notNull().default(0),
    /** Due time while PENDING; a claimed delivery's lease end while an attempt runs. */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, mode: 'date' }).notNull(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [uniqueIndex().on(t.webhookId, t.eventId), index().on(t.status, t.nextAttemptAt), index().on(t.webhookId, t.createdAt)],
);

/** Every attempt of every delivery, as logged (webhookDeliveries shows them). */
export const webhookAttempts = usersSchema.table(
  'webhook_attempts',
  {
    id: text('id').primaryKey(),
    deliveryId: text('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    durationMs: integer('duration_ms').notNull(),
    /** The receiver's HTTP status; null when there was no answer. */
    statusCode: integer('status_code'),
    /** Why it failed (network error, timeout, refused target, non-2xx); null on success. */
    error: text('error'),
  },
  (t) => [index().on(t.deliveryId)],
);
