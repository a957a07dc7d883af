import { z } from 'zod';

/** The emails the shop sends its customers. */
export const NOTIFICATION_KINDS = ['ORDER_CONFIRMED', 'ORDER_SHIPPED', 'REFUND_ISSUED'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

const minor = z.number().int().nonnegative();

/**
 * What the notifications read from orders' `order.updated` v1 (the fields orders added to v1 for
 * them are optional: an event without them sends no email that needs them).
 */
export const orderUpdatedPayload = z.object({
  orderId: z.string().min(1),
  number: z.string().min(1),
  customerId: z.string().min(1),
  status: z.string(),
  previousStatus: z.string(),
  fulfillmentStatus: z.string(),
  previousFulfillmentStatus: z.string(),
  financialStatus: z.string(),
  totalMinor: minor,
  currencyCode: z.string().regex(/^[A-Z]{3}$/),
  confirmation: z
    .object({
      lines: z.array(z.object({ sku: z.string(), productName: z.string(), quantity: z.number().int().positive(), unitPriceMinor: minor })),
      subtotalMinor: minor,
      shippingMinor: minor,
      taxMinor: minor,
    })
    .optional(),
  shipment: z.object({ carrier: z.string().min(1), trackingNumber: z.string().min(1), shippedAt: z.string() }).optional(),
  refund: z.object({ refundId: z.string().min(1), amountMinor: minor, refundedTotalMinor: minor }).optional(),
});
export type OrderUpdated = z.infer<typeof orderUpdatedPayload>;

interface OrderFacts {
  orderId: string;
  number: string;
  customerId: string;
  currencyCode: string;
  totalMinor: number;
}

export type NotificationFacts =
  | (OrderFacts & { kind: 'ORDER_CONFIRMED'; confirmation: NonNullable<OrderUpdated['confirmation']> })
  | (OrderFacts & { kind: 'ORDER_SHIPPED'; shipment: NonNullable<OrderUpdated['shipment']> })
  | (OrderFacts & { kind: 'REFUND_ISSUED'; refund: NonNullable<OrderUpdated['refund']>; fullyRefunded: boolean });

/**
 * An event older than this when it is handled sends nothing: a consumer group that is new (or was
 * down for days) starts from the oldest event the bus keeps, and a days-old confirmation is
 * noise, not news.
 */
export const MAX_EVENT_AGE_MS = 72 * 3600_000;

/**
 * Which email, if any, one order.updated calls for. Pure. The order was confirmed (payment
 * captured), shipped (with its tracking number), or refunded (the refund's amount); every other
 * change sends nothing.
 */
export function notificationFor(update: OrderUpdated): NotificationFacts | null {
  const order: OrderFacts = {
    orderId: update.orderId,
    number: update.number,
    customerId: update.customerId,
    currencyCode: update.currencyCode,
    totalMinor: update.totalMinor,
  };
  if (update.status === 'CONFIRMED' && update.previousStatus !== 'CONFIRMED' && update.confirmation)
    return { ...order, kind: 'ORDER_CONFIRMED', confirmation: update.confirmation };
  if (update.fulfillmentStatus === 'FULFILLED' && update.previousFulfillmentStatus === 'UNFULFILLED' && update.shipment)
    return { ...order, kind: 'ORDER_SHIPPED', shipment: update.shipment };
  if (update.refund && (update.financialStatus === 'REFUNDED' || update.financialStatus === 'PARTIALLY_REFUNDED'))
    return { ...order, kind: 'REFUND_ISSUED', refund: update.refund, fullyRefunded: update.financialStatus === 'REFUNDED' };
  return null;
}

/** Whether an event is too old to be worth an email (see MAX_EVENT_AGE_MS). */
export const isStale = (occurredAt: string, now: Date, maxAgeMs = MAX_EVENT_AGE_MS) => now.getTime() - Date.parse(occurredAt) > maxAgeMs;

/**
 * How long to wait before the next try of a send that failed `attempts` times: doubling from
 * `baseMs`, capped at `maxMs`. Sends are retried for ever (a message is never given up on).
 */
export function retryDelayMs(attempts: number, policy: { baseMs: number; maxMs: number }): number {
  const exponent = Math.min(Math.max(attempts - 1, 0), 30);
  return Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
}
