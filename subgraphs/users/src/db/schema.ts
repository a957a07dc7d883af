import { defineOutbox } from '@shop/stores';
import { boolean, index, integer, pgSchema, text, timestamp } from 'drizzle-orm/pg-core';
import { webhookAttempts, webhookDeliveries, webhooks } from './webhook-schema';

/** Every table of the users subgraph lives in its own Postgres schema. */
export const usersSchema = pgSchema('users');

export const users = usersSchema.table('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  role: text('role', { enum: ['CUSTOMER', 'SUPPORT', 'ADMIN'] }).notNull(),
  passwordHash: text('password_hash').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

export const addresses = usersSchema.table(
  'addresses',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    line1: text('line1').notNull(),
    city: text('city').notNull(),
    postalCode: text('postal_code').notNull(),
    country: text('country').notNull(),
    isDefault: boolean('is_default').notNull().default(false),
  },
  (t) => [index().on(t.userId)],
);

/**
 * Refresh tokens, kept only as SHA-256 hashes. Each sign-in starts a family; every rotation marks
 * the presented token used and adds its successor to the same family, so that a replayed (used)
 * token can revoke everything descended from that sign-in.
 */
export const refreshTokens = usersSchema.table(
  'refresh_tokens',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    familyId: text('family_id').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true, mode: 'date' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index().on(t.familyId), index().on(t.userId)],
);

export const outbox = defineOutbox(usersSchema);

export { webhookAttempts, webhookDeliveries, webhooks };

/**
 * Customer emails, one per event that calls for one (the event id is the key, so a redelivered
 * event adds nothing). Rendered when the event is handled; `state` goes pending -> sending -> sent,
 * and back to pending with a later `next_attempt_at` when a send fails (docs/notifications.md).
 */
export const notifications = usersSchema.table(
  'notifications',
  {
    eventId: text('event_id').primaryKey(),
    kind: text('kind', { enum: ['ORDER_CONFIRMED', 'ORDER_SHIPPED', 'REFUND_ISSUED'] }).notNull(),
    userId: text('user_id').notNull(),
    orderId: text('order_id').notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    state: text('state', { enum: ['pending', 'sending', 'sent'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /** While `sending`: the claim's id and until when it holds; a claim past its lease is taken again. */
    claimId: text('claim_id'),
    leaseUntil: timestamp('lease_until', { withTimezone: true, mode: 'date' }),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index().on(t.state, t.nextAttemptAt), index().on(t.userId)],
);

export const schema = { users, addresses, refreshTokens, outbox, webhooks, webhookDeliveries, webhookAttempts, notifications };
export type UsersSchema = typeof schema;
