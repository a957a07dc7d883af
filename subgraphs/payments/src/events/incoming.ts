import type { DomainEvent } from '@shop/stores';

/**
 * The events payments consumes (v1, docs/commerce-flow.md), checked field by field as they come off
 * the wire. A reader returns what the saga needs, `skip` for events that are not for payments, or
 * why an event cannot be used (it is then logged and dropped, not retried).
 */
export const ORDER_CREATED = 'order.created';
export const ORDER_UPDATED = 'order.updated';
export const INVENTORY_RESERVED = 'inventory.reserved';
export const INVENTORY_RELEASED = 'inventory.released';
export const INVENTORY_HOLD_EXTENDED = 'inventory.hold_extended';
export const ORDER_RISK_ASSESSED = 'order.risk_assessed';

/** ai's verdict on a checkout order (order.risk_assessed v1). */
export interface RiskAssessed {
  orderId: string;
  level: 'LOW' | 'MEDIUM' | 'HIGH';
  score: number;
  reasons: { code: string; message: string }[];
}

/** Staff approved an order held for review: orders moved it ON_HOLD -> RESERVED. */
export interface OrderApproved {
  orderId: string;
  approved: true;
}

export interface CheckoutOrder {
  orderId: string;
  customerId: string;
  totalMinor: number;
  currencyCode: string;
  payment: { token: string; brand: string; last4: string };
}

export interface OrderClosed {
  orderId: string;
  status: ClosingStatus;
  reason: string | null;
}

/** Order statuses after which the order will never be paid for; money already taken goes back. */
export const CLOSING_STATUSES = ['CANCELLED', 'OUT_OF_STOCK'] as const;
export type ClosingStatus = (typeof CLOSING_STATUSES)[number];

export type Read<T> = T | { skip: string } | { invalid: string };

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function readOrderCreated(event: DomainEvent): Read<CheckoutOrder> {
  if (event.version !== 1) return { invalid: `unsupported version ${event.version}` };
  const p = event.payload;
  if (!isRecord(p) || !isText(p.orderId)) return { invalid: 'orderId is required' };
  // Seeded history is already settled; only checkout orders are paid through the saga.
  if (p.source !== 'checkout') return { skip: `source ${String(p.source)}` };
  if (!isText(p.customerId) || !isText(p.currencyCode)) return { invalid: 'customerId and currencyCode are required' };
  if (!Number.isSafeInteger(p.totalMinor) || (p.totalMinor as number) < 0) return { invalid: 'totalMinor is not a whole number of minor units' };
  const pay = p.payment;
  if (!isRecord(pay) || !isText(pay.token) || !isText(pay.brand) || typeof pay.last4 !== 'string' || !/^\d{4}$/.test(pay.last4)) {
    return { invalid: 'payment { token, brand, last4 } is required for a checkout order' };
  }
  return {
    orderId: p.orderId,
    customerId: p.customerId,
    totalMinor: p.totalMinor as number,
    currencyCode: p.currencyCode,
    payment: { token: pay.token, brand: pay.brand, last4: pay.last4 },
  };
}

/** The reservation and when its hold lapses (null when the event does not say: treated as holding). */
export function readInventoryReserved(event: DomainEvent): Read<{ orderId: string; expiresAt: string | null }> {
  if (event.version !== 1) return { invalid: `unsupported version ${event.version}` };
  const p = event.payload;
  if (!isRecord(p) || !isText(p.orderId)) return { invalid: 'orderId is required' };
  const expiresAt = isText(p.expiresAt) && !Number.isNaN(Date.parse(p.expiresAt)) ? new Date(p.expiresAt).toISOString() : null;
  return { orderId: p.orderId, expiresAt };
}

/** The stock held for the order was released (lapsed, cancelled, payment failed): it must not be charged any more. */
export function readInventoryReleased(event: DomainEvent): Read<{ orderId: string; reason: string | null }> {
  if (event.version !== 1) return { invalid: `unsupported version ${event.version}` };
  const p = event.payload;
  if (!isRecord(p) || !isText(p.orderId)) return { invalid: 'orderId is required' };
  return { orderId: p.orderId, reason: typeof p.reason === 'string' ? p.reason : null };
}

export function readOrderUpdated(event: DomainEvent): Read<OrderClosed | OrderApproved> {
  if (event.version !== 1) return { invalid: `unsupported version ${event.version}` };
  const p = event.payload;
  if (!isRecord(p) || !isText(p.orderId) || !isText(p.status)) return { invalid: 'orderId and status are required' };
  if (p.status === 'RESERVED' && p.previousStatus === 'ON_HOLD') return { orderId: p.orderId, approved: true };
  if (!(CLOSING_STATUSES as readonly string[]).includes(p.status)) return { skip: `status ${p.status}` };
  // A change of the order's money or goods alone (a refund) repeats the status it did not change.
  if (p.previousStatus === p.status) return { skip: `status still ${p.status}` };
  return { orderId: p.orderId, status: p.status as ClosingStatus, reason: typeof p.reason === 'string' ? p.reason : null };
}

const RISK_LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const;

export function readRiskAssessed(event: DomainEvent): Read<RiskAssessed> {
  if (event.version !== 1) return { invalid: `unsupported version ${event.version}` };
  const p = event.payload;
  if (!isRecord(p) || !isText(p.orderId)) return { invalid: 'orderId is required' };
  if (!(RISK_LEVELS as readonly unknown[]).includes(p.level) || typeof p.score !== 'number') return { invalid: 'level and score are required' };
  const reasons = (Array.isArray(p.reasons) ? p.reasons : []).filter(isRecord).map((r) => ({ code: String(r.code ?? ''), message: String(r.message ?? '') }));
  return { orderId: p.orderId, level: p.level as RiskAssessed['level'], score: p.score, reasons };
}

/** inventory.hold_extended v1: a held-for-review order's stock is kept longer (its new expiresAt). */
export function readHoldExtended(event: DomainEvent): Read<{ orderId: string; expiresAt: string }> {
  if (event.version !== 1) return { invalid: `unsupported version ${event.version}` };
  const p = event.payload;
  if (!isRecord(p) || !isText(p.orderId) || !isText(p.expiresAt) || Number.isNaN(Date.parse(p.expiresAt)))
    return { invalid: 'orderId and expiresAt are required' };
  return { orderId: p.orderId, expiresAt: new Date(p.expiresAt).toISOString() };
}
