import { z } from 'zod';

/**
 * The events orders consumes, as docs/commerce-flow.md defines them (version 1). Each subgraph
 * keeps its own copy of the payloads it reads; these schemas also reject malformed payloads, which
 * are logged and skipped rather than retried forever.
 */

const id = z.string().min(1);
const count = z.number().int();

export const productPayload = z.object({
  product: z.object({
    id,
    name: z.string(),
    currencyCode: z.string(),
    /** For sales by category; older events without them leave the category unknown. */
    categoryId: z.string().optional(),
    categoryName: z.string().optional(),
    /** Added to the payload for orders; older events without it change nothing here. */
    variants: z.array(z.object({ id, sku: z.string(), name: z.string(), priceMinor: count.nonnegative(), currencyCode: z.string().optional() })).optional(),
  }),
});

export const stockChangedPayload = z.object({
  productId: id,
  variants: z.array(z.object({ variantId: id, available: count })).optional(),
});

export const reservedPayload = z.object({ orderId: id, reservationId: id });

export const reservationFailedPayload = z.object({
  orderId: id,
  reason: z.string(),
  shortages: z.array(z.object({ variantId: id, requested: count, available: count })).default([]),
});

export const releasedPayload = z.object({ orderId: id, reservationId: z.string().optional(), reason: z.string() });

export const paymentAuthorizedPayload = z.object({ orderId: id, paymentId: id, amountMinor: count, currencyCode: z.string() });

export const paymentVoidedPayload = z.object({ orderId: id, paymentId: id });

export const paymentCapturedPayload = z.object({ orderId: id, paymentId: id, amountMinor: count, currencyCode: z.string() });

export const paymentFailedPayload = z.object({ orderId: id, paymentId: id, code: z.string(), message: z.string().nullish() });

export const paymentRefundedPayload = z.object({
  orderId: id,
  paymentId: id,
  /** Always sent by payments; optional so that an event without it still moves the money. */
  refundId: id.optional(),
  amountMinor: count,
  refundedTotalMinor: count,
  capturedMinor: count,
  fullyRefunded: z.boolean(),
});

export const PRODUCT_CREATED = 'product.created';
export const PRODUCT_UPDATED = 'product.updated';
export const STOCK_CHANGED = 'inventory.stock_changed';
export const INVENTORY_RESERVED = 'inventory.reserved';
export const RESERVATION_FAILED = 'inventory.reservation_failed';
export const INVENTORY_RELEASED = 'inventory.released';
export const PAYMENT_AUTHORIZED = 'payment.authorized';
export const PAYMENT_VOIDED = 'payment.voided';
export const PAYMENT_CAPTURED = 'payment.captured';
export const PAYMENT_FAILED = 'payment.failed';
export const PAYMENT_REFUNDED = 'payment.refunded';
