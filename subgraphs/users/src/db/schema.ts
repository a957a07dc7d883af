import { defineOutbox } from '@shop/stores';
import { boolean, index, pgSchema, text, timestamp } from 'drizzle-orm/pg-core';
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

export const schema = { users, addresses, refreshTokens, outbox, webhooks, webhookDeliveries, webhookAttempts };
export type UsersSchema = typeof schema;
