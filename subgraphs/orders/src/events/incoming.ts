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

const riskReasons = z.array(z.object({ code: z.string(), message: z.string() })).max(50);
const riskLevel = z.enum(['LOW', 'MEDIUM', 'HIGH']);

/** ai's `order.risk_assessed` v1. */
export const riskAssessedPayload = z.object({ orderId: id, score: z.number().min(0).max(1), level: riskLevel, reasons: riskReasons, assessedAt: z.string() });

/** payments' `payment.held` v1: authorised, held for review because of the risk it names. */
export const paymentHeldPayload = z.object({
  orderId: id,
  paymentId: id,
  amountMinor: count,
  currencyCode: z.string(),
  risk: z.object({ score: z.number(), level: z.string(), reasons: riskReasons }),
});

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
export const PAYMENT_HELD = 'payment.held';
export const ORDER_RISK_ASSESSED = 'order.risk_assessed';
export const PAYMENT_CAPTURED = 'payment.captured';
export const PAYMENT_FAILED = 'payment.failed';
export const PAYMENT_REFUNDED = 'payment.refunded';
