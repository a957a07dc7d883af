import type { DomainEvent } from '@shop/stores';
import type { PurchasedOrder } from '../domain/purchases';

export const ORDER_CREATED = 'order.created';

/** Payload of `order.created` v1 (published by orders), as the common event contract defines it. */
export interface OrderCreatedPayload {
  orderId: string;
  number: string;
  customerId: string;
  currencyCode: string;
  totalMinor: number;
  createdAt: string;
  lines: { productId: string; variantId: string | null; sku: string; quantity: number; unitPriceMinor: number }[];
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Checks the fields recommendations read from an event that came over the wire. Returns the
 * typed event, or why it cannot be used (an event we cannot read is skipped, not retried).
 */
export function readOrderCreated(event: DomainEvent): DomainEvent<PurchasedOrder> | { invalid: string } {
  if (event.version !== 1) return { invalid: `unsupported version ${event.version}` };
  const p = event.payload;
  if (!isRecord(p) || !isText(p.orderId) || !isText(p.customerId)) return { invalid: 'orderId and customerId are required' };
  if (!isText(p.createdAt) || Number.isNaN(Date.parse(p.createdAt))) return { invalid: 'createdAt is not a date' };
  if (!Array.isArray(p.lines)) return { invalid: 'lines is not a list' };
  const lines: PurchasedOrder['lines'][number][] = [];
  for (const line of p.lines as unknown[]) {
    if (!isRecord(line) || !isText(line.productId) || !Number.isInteger(line.quantity)) return { invalid: 'a line lacks productId or an integer quantity' };
    lines.push({ productId: line.productId, quantity: line.quantity as number });
  }
  return { ...event, payload: { orderId: p.orderId, customerId: p.customerId, createdAt: p.createdAt, lines } };
}
