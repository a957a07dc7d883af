import { defineProcessedEvents } from '@shop/stores';
import { index, integer, pgSchema, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

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

export const schema = { purchases, productStats, processedEvents };
export type AiSchema = typeof schema;
