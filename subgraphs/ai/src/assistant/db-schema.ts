import { index, integer, jsonb, pgSchema, primaryKey, text, timestamp, unique } from 'drizzle-orm/pg-core';

/** The assistant's tables, in the ai subgraph's Postgres schema (declared again: same name, same schema). */
const ai = pgSchema('ai');

export interface KnownVariant {
  id: string;
  sku: string;
  name: string;
  priceMinor: number;
}

/** The assistant's copy of the catalogue, from product.created / product.updated (never products' store). */
export const assistantProducts = ai.table('assistant_products', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull(),
  name: text('name').notNull(),
  brand: text('brand').notNull(),
  description: text('description').notNull(),
  categoryName: text('category_name').notNull(),
  priceMinor: integer('price_minor').notNull(),
  currencyCode: text('currency_code').notNull(),
  variants: jsonb('variants').$type<KnownVariant[]>().notNull(),
  attributes: jsonb('attributes').$type<{ name: string; value: string }[]>().notNull(),
  /** occurredAt of the event this row comes from: an older event never overwrites a newer one. */
  asOf: timestamp('as_of', { withTimezone: true, mode: 'string' }).notNull(),
});

/** Per-customer order facts from order.created / order.updated, for the caller's own order questions. */
export const assistantOrders = ai.table(
  'assistant_orders',
  {
    orderId: text('order_id').primaryKey(),
    number: text('number').notNull(),
    customerId: text('customer_id').notNull(),
    status: text('status').notNull(),
    /** The order's status-change count (order.updated version; 0 = as created). */
    statusVersion: integer('status_version').notNull(),
    totalMinor: integer('total_minor').notNull(),
    currencyCode: text('currency_code').notNull(),
    lines: jsonb('lines').$type<{ productId: string; sku: string; quantity: number; unitPriceMinor: number }[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [index('assistant_orders_customer_index').on(t.customerId, t.createdAt.desc()), index('assistant_orders_number_index').on(t.number)],
);

/** A conversation with the assistant; customer_id null for an anonymous shopper. */
export const assistantConversations = ai.table('assistant_conversations', {
  id: text('id').primaryKey(),
  customerId: text('customer_id'),
  /** The support chat the assistant handed this conversation over to, once it did. */
  supportConversationId: text('support_conversation_id'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/** One question and its answer; the answer is written when the turn finishes. */
export const assistantTurns = ai.table(
  'assistant_turns',
  {
    id: text('id').primaryKey(),
    conversationId: text('conversation_id')
      .notNull()
      .references(() => assistantConversations.id),
    seq: integer('seq').notNull(),
    question: text('question').notNull(),
    answer: text('answer'),
    provider: text('provider').notNull(),
    status: text('status').notNull().default('RUNNING'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [unique('assistant_turns_conversation_seq_unique').on(t.conversationId, t.seq)],
);

/** Every streamed chunk of a turn, numbered 1, 2, 3…: a late subscriber (any replica) replays them. */
export const assistantChunks = ai.table(
  'assistant_chunks',
  {
    turnId: text('turn_id')
      .notNull()
      .references(() => assistantTurns.id),
    seq: integer('seq').notNull(),
    chunk: jsonb('chunk').notNull(),
  },
  (t) => [primaryKey({ columns: [t.turnId, t.seq] })],
);

export const assistantTables = { assistantProducts, assistantOrders, assistantConversations, assistantTurns, assistantChunks };
