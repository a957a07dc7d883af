import { defineOutbox } from '@shop/stores';
import { boolean, index, pgSchema, text, timestamp } from 'drizzle-orm/pg-core';

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

export const outbox = defineOutbox(usersSchema);

export const schema = { users, addresses, outbox };
export type UsersSchema = typeof schema;
