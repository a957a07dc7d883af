import { defineOutbox, defineProcessedEvents } from '@shop/stores';
import { sql } from 'drizzle-orm';
import { assistantTables } from '../assistant/db-schema';
import { boolean, check, doublePrecision, index, integer, jsonb, pgSchema, primaryKey, text, timestamp, unique } from 'drizzle-orm/pg-core';
import type { CatalogItem } from '../domain/models/sales';
import type { RiskReason } from '../domain/risk/rules';

/** Every table of the ai subgraph lives in its own Postgres schema. */
export const aiSchema = pgSchema('ai');

/**
 * One row per product per order, built from `order.created` events (never from the orders store).
 * Lines of one product in several variants are merged, so the key is (order, product).
 */
export const purchases = aiSchema.table(
  'purchases',
  {
    orderId: text('order_id').notNull(),
    customerId: text('customer_id').notNull(),
    productId: text('product_id').notNull(),
    quantity: integer('quantity').notNull(),
    orderedAt: timestamp('ordered_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orderId, t.productId] }),
    // Co-purchase queries start from a product and walk to its orders (and back by the primary key).
    index('purchases_product_order_index').on(t.productId, t.orderId),
    index('purchases_customer_product_index').on(t.customerId, t.productId),
  ],
);

/**
 * Per-product totals kept in step with `purchases` (same transaction), so that "most purchased"
 * and the normalisation denominators are index reads instead of aggregates over all history.
 */
export const productStats = aiSchema.table(
  'product_stats',
  {
    productId: text('product_id').primaryKey(),
    /** Orders that contain the product. */
    orders: integer('orders').notNull(),
    /** Units sold over those orders. */
    units: integer('units').notNull(),
  },
  (t) => [index('product_stats_popularity_index').on(t.orders.desc(), t.units.desc(), t.productId)],
);

/** Event ids the 'ai' consumer group has applied; redelivery changes nothing. */
export const processedEvents = defineProcessedEvents(aiSchema);

export const conversationStatus = aiSchema.enum('conversation_status', ['OPEN', 'CLOSED']);
export const chatAuthorRole = aiSchema.enum('chat_author_role', ['CUSTOMER', 'SUPPORT']);

/**
 * A chat between one customer and support. `last_seq` is the seq of the newest message: a send
 * takes the next one by a single conditional UPDATE (which also locks the row until commit), so
 * seqs are gapless and commit in order.
 */
export const conversations = aiSchema.table(
  'conversations',
  {
    id: text('id').primaryKey(),
    customerId: text('customer_id').notNull(),
    subject: text('subject').notNull(),
    status: conversationStatus('status').notNull().default('OPEN'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lastSeq: integer('last_seq').notNull().default(0),
  },
  (t) => [
    index('conversations_customer_updated_index').on(t.customerId, t.updatedAt.desc()),
    index('conversations_status_updated_index').on(t.status, t.updatedAt.desc()),
    check('conversations_last_seq_check', sql`${t.lastSeq} >= 0`),
  ],
);

/**
 * Messages numbered 1, 2, 3… per conversation. `client_message_id` is the sender's idempotency
 * key: a retried send hits the unique constraint instead of adding a second message.
 */
export const chatMessages = aiSchema.table(
  'chat_messages',
  {
    id: text('id').primaryKey(),
    conversationId: text('conversation_id')
      .notNull()
      .references(() => conversations.id),
    seq: integer('seq').notNull(),
    authorId: text('author_id').notNull(),
    authorRole: chatAuthorRole('author_role').notNull(),
    body: text('body').notNull(),
    clientMessageId: text('client_message_id'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    unique('chat_messages_conversation_seq_unique').on(t.conversationId, t.seq),
    unique('chat_messages_client_message_unique').on(t.conversationId, t.authorId, t.clientMessageId),
    // "Conversations I wrote in" (support's myConversations).
    index('chat_messages_author_index').on(t.authorId, t.conversationId),
    check('chat_messages_seq_check', sql`${t.seq} >= 1`),
  ],
);

export * from '../assistant/db-schema';

/**
 * The models' training data, from events: every order line with its price and time
 * (`order.created`), and what products announced about each product (`product.created/updated`).
 */
export const saleLines = aiSchema.table(
  'sale_lines',
  {
    orderId: text('order_id').notNull(),
    lineNo: integer('line_no').notNull(),
    customerId: text('customer_id').notNull(),
    productId: text('product_id').notNull(),
    variantId: text('variant_id'),
    quantity: integer('quantity').notNull(),
    unitPriceMinor: integer('unit_price_minor').notNull(),
    orderedAt: timestamp('ordered_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.lineNo] })],
);

export const catalogItems = aiSchema.table('catalog_items', {
  productId: text('product_id').primaryKey(),
  item: jsonb('item').$type<CatalogItem>().notNull(),
  /** occurredAt of the event the row came from: an older event never overwrites a newer one. */
  announcedAt: timestamp('announced_at', { withTimezone: true, mode: 'string' }).notNull(),
});

/**
 * The fraud model's view of every checkout attempt, from order.created (history included) and
 * payment.failed: who, when, how much, where to, which card, declined or not.
 */
export const riskCheckouts = aiSchema.table(
  'risk_checkouts',
  {
    orderId: text('order_id').primaryKey(),
    customerId: text('customer_id').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    totalMinor: integer('total_minor').notNull(),
    lineCount: integer('line_count').notNull(),
    units: integer('units').notNull(),
    shippingCountry: text('shipping_country'),
    card: text('card'),
    declined: boolean('declined').notNull().default(false),
  },
  (t) => [index('risk_checkouts_customer_at_index').on(t.customerId, t.at)],
);

/** One assessment per checkout order, made once (redeliveries answer with the stored one). */
export const riskAssessments = aiSchema.table('risk_assessments', {
  orderId: text('order_id').primaryKey(),
  customerId: text('customer_id').notNull(),
  score: doublePrecision('score').notNull(),
  level: text('level').notNull(),
  reasons: jsonb('reasons').$type<RiskReason[]>().notNull(),
  anomaly: doublePrecision('anomaly'),
  assessedAt: timestamp('assessed_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** Events ai publishes (order.risk_assessed), relayed to the bus. */
export const outbox = defineOutbox(aiSchema);

export const schema = {
  purchases,
  productStats,
  processedEvents,
  conversations,
  chatMessages,
  saleLines,
  catalogItems,
  riskCheckouts,
  riskAssessments,
  outbox,
  ...assistantTables,
};
export type AiSchema = typeof schema;
