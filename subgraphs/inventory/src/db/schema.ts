import { defineOutbox, defineProcessedEvents } from '@shop/stores';
import { sql } from 'drizzle-orm';
import { bigserial, check, index, integer, jsonb, pgSchema, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { RESERVATION_STATUSES } from '../domain/reservation';

/** Every table of the inventory subgraph lives in its own Postgres schema. */
export const inventorySchema = pgSchema('inventory');

export const warehouses = inventorySchema.table('warehouses', {
  id: text('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  city: text('city').notNull(),
});

/**
 * One row per variant per warehouse. The checks are the last line of defence: adjustments are
 * conditional updates that never try to break them, so a violation means a bug, not a race.
 */
export const stockLevels = inventorySchema.table(
  'stock_levels',
  {
    warehouseId: text('warehouse_id')
      .notNull()
      .references(() => warehouses.id),
    variantId: text('variant_id').notNull(),
    productId: text('product_id').notNull(),
    sku: text('sku').notNull(),
    quantityOnHand: integer('quantity_on_hand').notNull(),
    reserved: integer('reserved').notNull().default(0),
    lowStockThreshold: integer('low_stock_threshold').notNull().default(5),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.warehouseId, t.variantId] }),
    index().on(t.productId),
    // The primary key leads with the warehouse; variant lookups need their own index.
    index().on(t.variantId),
    check('stock_levels_on_hand_non_negative', sql`${t.quantityOnHand} >= 0`),
    check('stock_levels_reserved_non_negative', sql`${t.reserved} >= 0`),
    check('stock_levels_reserved_within_on_hand', sql`${t.reserved} <= ${t.quantityOnHand}`),
    check('stock_levels_threshold_non_negative', sql`${t.lowStockThreshold} >= 0`),
  ],
);

/**
 * Remembers each stock mutation by its idempotency key. `response` is written in the same
 * transaction as the change, so a committed key always has its response.
 */
export const idempotencyKeys = inventorySchema.table('idempotency_keys', {
  key: text('key').primaryKey(),
  requestHash: text('request_hash').notNull(),
  response: jsonb('response'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** The audit trail of manual adjustments: who changed which level, by how much and why. */
export const stockAdjustments = inventorySchema.table(
  'stock_adjustments',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    warehouseId: text('warehouse_id').notNull(),
    variantId: text('variant_id').notNull(),
    delta: integer('delta').notNull(),
    reason: text('reason').notNull(),
    actorId: text('actor_id'),
    idempotencyKey: text('idempotency_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index().on(t.warehouseId, t.variantId)],
);

/**
 * Stock held for one order. `order_id` is unique, so an order is reserved at most once however often
 * or concurrently its event arrives; every status change is a compare-and-set on `status`.
 */
export const reservations = inventorySchema.table(
  'reservations',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id').notNull().unique(),
    status: text('status', { enum: RESERVATION_STATUSES }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    /** The order went ON_HOLD (fraud review): expires_at was pushed out to the review window, and no re-drive is due. */
    heldForReviewAt: timestamp('held_for_review_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [
    check('reservations_status_known', sql`${t.status} in ('ACTIVE', 'COMMITTED', 'RELEASED', 'EXPIRED')`),
    // The sweeper's scan: only active reservations, oldest deadline first.
    index()
      .on(t.expiresAt)
      .where(sql`${t.status} = 'ACTIVE'`),
  ],
);

/** Which warehouse holds how many units of a variant for a reservation. */
export const reservationLines = inventorySchema.table(
  'reservation_lines',
  {
    reservationId: text('reservation_id')
      .notNull()
      .references(() => reservations.id),
    variantId: text('variant_id').notNull(),
    warehouseId: text('warehouse_id')
      .notNull()
      .references(() => warehouses.id),
    productId: text('product_id').notNull(),
    quantity: integer('quantity').notNull(),
  },
  (t) => [primaryKey({ columns: [t.reservationId, t.variantId, t.warehouseId] }), check('reservation_lines_quantity_positive', sql`${t.quantity} > 0`)],
);

export const outbox = defineOutbox(inventorySchema);
export const processedEvents = defineProcessedEvents(inventorySchema);

export const schema = { warehouses, stockLevels, idempotencyKeys, stockAdjustments, reservations, reservationLines, outbox, processedEvents };
export type InventorySchema = typeof schema;
