import { defineOutbox, defineProcessedEvents } from '@shop/stores';
import { sql } from 'drizzle-orm';
import { bigserial, check, customType, index, integer, jsonb, pgSchema, primaryKey, text, timestamp, unique } from 'drizzle-orm/pg-core';
import type { ShippingAddress } from '../domain/address';
import { FINANCIAL_STATUSES } from '../domain/financial-status';
import { FULFILLMENT_STATUSES } from '../domain/fulfillment-status';
import { ORDER_STATUSES } from '../domain/order-status';

/** Every table of the orders subgraph lives in its own Postgres schema. */
export const ordersSchema = pgSchema('orders');

/**
 * Millisecond precision: timestamps leave the API as ISO strings with milliseconds and come back in
 * keyset cursors, so the stored value must round-trip exactly.
 */
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'string', precision: 3 });

/** Postgres' 64-bit transaction id (PG 13+), read as its decimal text. */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });
/** The fraud assessment as ai announced it (order.risk_assessed v1). */
export interface OrderRisk {
  score: number;
  level: 'LOW' | 'MEDIUM' | 'HIGH';
  reasons: { code: string; message: string }[];
  assessedAt: string;
}

export const orders = ordersSchema.table(
  'orders',
  {
    id: text('id').primaryKey(),
    number: text('number').notNull().unique(),
    customerId: text('customer_id').notNull(),
    /** The lifecycle (saga, then shipping); refunds never change it. */
    status: text('status', { enum: ORDER_STATUSES }).notNull(),
    fulfillmentStatus: text('fulfillment_status', { enum: FULFILLMENT_STATUSES }).notNull().default('UNFULFILLED'),
    financialStatus: text('financial_status', { enum: FINANCIAL_STATUSES }).notNull().default('PENDING'),
    currencyCode: text('currency_code').notNull(),
    subtotalMinor: integer('subtotal_minor').notNull(),
    shippingMinor: integer('shipping_minor').notNull(),
    taxMinor: integer('tax_minor').notNull(),
    totalMinor: integer('total_minor').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    /** Number of status changes so far: the compare-and-set counter and order.updated's version. */
    version: integer('version').notNull().default(0),
    /** Why the order ended OUT_OF_STOCK, PAYMENT_FAILED or CANCELLED. */
    failureReason: text('failure_reason'),
    /** The cart a checkout order was placed from: a cart is checked out once. Null for seeded history. */
    cartId: text('cart_id').unique(),
    shippingAddress: jsonb('shipping_address').$type<ShippingAddress>(),
    paymentBrand: text('payment_brand'),
    paymentLast4: text('payment_last4'),
    carrier: text('carrier'),
    trackingNumber: text('tracking_number'),
    shippedAt: instant('shipped_at'),
    deliveredAt: instant('delivered_at'),
    /** ai's fraud assessment (order.risk_assessed), copied so that order.updated carries it. */
    risk: jsonb('risk').$type<OrderRisk>(),
    /** Staff's decision on an order held for review: APPROVED or REJECTED, by whom and when. */
    reviewDecision: text('review_decision', { enum: ['APPROVED', 'REJECTED'] }),
    reviewedBy: text('reviewed_by'),
    reviewedAt: instant('reviewed_at'),
  },
  (t) => [
    // Keyset pagination, newest first, over everything and per customer. Plain ascending indexes:
    // Postgres scans them backwards for ORDER BY ... DESC (NULLS FIRST), which a DESC NULLS LAST
    // index would not match.
    index('orders_created_at_id_index').on(t.createdAt, t.id),
    index('orders_customer_created_at_id_index').on(t.customerId, t.createdAt, t.id),
    index('orders_status_index').on(t.status),
    index('orders_fulfillment_status_index').on(t.fulfillmentStatus),
    index('orders_financial_status_index').on(t.financialStatus),
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

export const orderStatusHistory = ordersSchema.table(
  'order_status_history',
  {
    orderId: text('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    /** The order's version after this change: 1 for the first change after creation. */
    version: integer('version').notNull(),
    fromStatus: text('from_status', { enum: ORDER_STATUSES }),
    toStatus: text('to_status', { enum: ORDER_STATUSES }).notNull(),
    /** Each machine before and after the change; a change may move one, two or all three. */
    fromFulfillmentStatus: text('from_fulfillment_status', { enum: FULFILLMENT_STATUSES }),
    toFulfillmentStatus: text('to_fulfillment_status', { enum: FULFILLMENT_STATUSES }).notNull(),
    fromFinancialStatus: text('from_financial_status', { enum: FINANCIAL_STATUSES }),
    toFinancialStatus: text('to_financial_status', { enum: FINANCIAL_STATUSES }).notNull(),
    reason: text('reason'),
    at: instant('at').notNull().defaultNow(),
    /**
     * The all-orders feed's position is (tx_id, seq): the writing transaction, then the row within
     * it. A reader takes only rows of transactions older than every one still running
     * (pg_snapshot_xmin), so a row never appears behind a position already handed out, and a
     * rolled-back transaction leaves no hole anyone waits for (db/order-feed-store.ts).
     */
    txId: xid8('tx_id')
      .notNull()
      .default(sql`pg_current_xact_id()`),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.version] }), index('order_status_history_feed_index').on(t.txId, t.seq)],
);

/** One row per (customer, key): the first checkout under a key wins, later ones replay it. */
export const checkoutRequests = ordersSchema.table(
  'checkout_requests',
  {
    customerId: text('customer_id').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    /** sha256 of cart id, address and card brand/last4/expiry (never the token). */
    requestHash: text('request_hash').notNull(),
    orderId: text('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.idempotencyKey] })],
);

/** Order numbers of checkout orders; the demo history uses SO-100001.. SO-104000. */
export const orderNumbers = ordersSchema.sequence('order_number_seq', { startWith: 200001 });

/**
 * The catalogue read model: what products and inventory announced about each variant. A row may
 * first come from a stock event (product columns null) and be completed by the product event.
 */
export const catalogVariants = ordersSchema.table('catalog_variants', {
  variantId: text('variant_id').primaryKey(),
  productId: text('product_id'),
  sku: text('sku'),
  productName: text('product_name'),
  variantName: text('variant_name'),
  /** The product's category as products last announced it (sales by category). */
  categoryId: text('category_id'),
  categoryName: text('category_name'),
  priceMinor: integer('price_minor'),
  currencyCode: text('currency_code'),
  available: integer('available'),
  /** occurredAt of the product event the product columns come from: older events are ignored. */
  productAsOf: instant('product_as_of'),
  /** occurredAt of the stock event `available` comes from. */
  availableAsOf: instant('available_as_of'),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export const carts = ordersSchema.table(
  'carts',
  {
    id: text('id').primaryKey(),
    /** Null for an anonymous (guest) cart. */
    customerId: text('customer_id'),
    currencyCode: text('currency_code').notNull(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    /** Refreshed on every write; an expired cart reads as missing. */
    expiresAt: instant('expires_at')
      .notNull()
      .default(sql`now() + interval '14 days'`),
  },
  (t) => [index().on(t.customerId, t.updatedAt), index().on(t.expiresAt)],
);

/** Carts hold variants and quantities only: prices come from the read model when shown. */
export const cartLines = ordersSchema.table(
  'cart_lines',
  {
    id: text('id').primaryKey(),
    cartId: text('cart_id')
      .notNull()
      .references(() => carts.id, { onDelete: 'cascade' }),
    lineNo: integer('line_no').notNull(),
    productId: text('product_id').notNull(),
    variantId: text('variant_id').notNull(),
    quantity: integer('quantity').notNull(),
  },
  (t) => [index().on(t.cartId, t.lineNo), unique().on(t.cartId, t.variantId), check('cart_lines_quantity_positive', sql`${t.quantity} > 0`)],
);

/**
 * One row per cart ever started, whichever store holds the carts (Redis carts expire; this stays):
 * the denominator of salesSummary's cart conversion.
 */
export const cartStarts = ordersSchema.table(
  'cart_starts',
  {
    cartId: text('cart_id').primaryKey(),
    startedAt: instant('started_at').notNull().defaultNow(),
  },
  (t) => [index('cart_starts_started_at_index').on(t.startedAt)],
);

export const outbox = defineOutbox(ordersSchema);
export const processedEvents = defineProcessedEvents(ordersSchema);

export const schema = { orders, orderLines, orderStatusHistory, checkoutRequests, catalogVariants, carts, cartLines, cartStarts, outbox, processedEvents };
export type OrdersSchema = typeof schema;
