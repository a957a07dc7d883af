import { defineOutbox } from '@shop/stores';
import { sql } from 'drizzle-orm';
import { check, index, integer, pgSchema, text, timestamp } from 'drizzle-orm/pg-core';
import { ORDER_STATUSES } from '../domain/order-status';

/** Every table of the orders subgraph lives in its own Postgres schema. */
export const ordersSchema = pgSchema('orders');

/**
 * Millisecond precision: timestamps leave the API as ISO strings with milliseconds and come back in
 * keyset cursors, so the stored value must round-trip exactly.
 */
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'string', precision: 3 });

export const orders = ordersSchema.table(
  'orders',
  {
    id: text('id').primaryKey(),
    number: text('number').notNull().unique(),
    customerId: text('customer_id').notNull(),
    status: text('status', { enum: ORDER_STATUSES }).notNull(),
    currencyCode: text('currency_code').notNull(),
    subtotalMinor: integer('subtotal_minor').notNull(),
    shippingMinor: integer('shipping_minor').notNull(),
    taxMinor: integer('tax_minor').notNull(),
    totalMinor: integer('total_minor').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    // Keyset pagination, newest first, over everything and per customer. Plain ascending indexes:
    // Postgres scans them backwards for ORDER BY ... DESC (NULLS FIRST), which a DESC NULLS LAST
    // index would not match.
    index('orders_created_at_id_index').on(t.createdAt, t.id),
    index('orders_customer_created_at_id_index').on(t.customerId, t.createdAt, t.id),
    index('orders_status_index').on(t.status),
    check('orders_money_not_negative', sql`${t.subtotalMinor} >= 0 and ${t.shippingMinor} >= 0 and ${t.taxMinor} >= 0 and ${t.totalMinor} >= 0`),
  ],
);

export const orderLines = ordersSchema.table(
  'order_lines',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    /** Position of the line within its order, as the customer saw it. */
    lineNo: integer('line_no').notNull(),
    productId: text('product_id').notNull(),
    variantId: text('variant_id'),
    sku: text('sku').notNull(),
    productName: text('product_name').notNull(),
    quantity: integer('quantity').notNull(),
    unitPriceMinor: integer('unit_price_minor').notNull(),
  },
  (t) => [
    index().on(t.orderId, t.lineNo),
    check('order_lines_quantity_positive', sql`${t.quantity} > 0`),
    check('order_lines_price_not_negative', sql`${t.unitPriceMinor} >= 0`),
  ],
);

export const carts = ordersSchema.table(
  'carts',
  {
    id: text('id').primaryKey(),
    /** Null for an anonymous (guest) cart. */
    customerId: text('customer_id'),
    currencyCode: text('currency_code').notNull(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [index().on(t.customerId, t.updatedAt)],
);

export const cartLines = ordersSchema.table(
  'cart_lines',
  {
    id: text('id').primaryKey(),
    cartId: text('cart_id')
      .notNull()
      .references(() => carts.id, { onDelete: 'cascade' }),
    lineNo: integer('line_no').notNull(),
    productId: text('product_id').notNull(),
    variantId: text('variant_id'),
    quantity: integer('quantity').notNull(),
    unitPriceMinor: integer('unit_price_minor').notNull(),
  },
  (t) => [index().on(t.cartId, t.lineNo), check('cart_lines_quantity_positive', sql`${t.quantity} > 0`)],
);

export const outbox = defineOutbox(ordersSchema);

export const schema = { orders, orderLines, carts, cartLines, outbox };
export type OrdersSchema = typeof schema;
