import { newEvent, type DomainEvent } from '@shop/stores';
import type { RiskLevel } from '../domain/risk/assess';
import type { CheckoutRecord } from '../domain/risk/features';
import type { RiskReasonCode } from '../domain/risk/rules';

export const PAYMENT_FAILED = 'payment.failed';
export const ORDER_RISK_ASSESSED = 'order.risk_assessed';

/** Payload of `order.risk_assessed` v1: ai's verdict on a checkout order, before its capture. */
export interface OrderRiskAssessedPayload {
  orderId: string;
  customerId: string;
  score: number;
  level: RiskLevel;
  reasons: { code: RiskReasonCode; message: string }[];
  assessedAt: string;
}

export const orderRiskAssessed = (payload: OrderRiskAssessedPayload): DomainEvent<OrderRiskAssessedPayload> => newEvent(ORDER_RISK_ASSESSED, payload, 1);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const text = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * What fraud scoring keeps of an `order.created` v1: the attempt, and whether it is a checkout
 * (to be assessed) or settled history (training data only). Null when unreadable.
 */
export function checkoutOf(event: DomainEvent): { record: CheckoutRecord; checkout: boolean } | null {
  const p = event.payload;
  if (event.version !== 1 || !isRecord(p) || !text(p.orderId) || !text(p.customerId) || !Array.isArray(p.lines)) return null;
  const at = Date.parse(text(p.createdAt));
  if (Number.isNaN(at) || !Number.isSafeInteger(p.totalMinor)) return null;
  const lines = (p.lines as unknown[]).filter(isRecord);
  const pay = isRecord(p.payment) ? p.payment : null;
  return {
    checkout: p.source === 'checkout',
    record: {
      orderId: text(p.orderId),
      customerId: text(p.customerId),
      at,
      totalMinor: p.totalMinor as number,
      lineCount: lines.length,
      units: lines.reduce((sum, l) => sum + (Number.isInteger(l.quantity) ? (l.quantity as number) : 0), 0),
      shippingCountry: /^[A-Z]{2}$/.test(text(p.shippingCountry)) ? text(p.shippingCountry) : null,
      card: pay && text(pay.brand) && /^\d{4}$/.test(text(pay.last4)) ? `${text(pay.brand)}-${text(pay.last4)}` : null,
      declined: false,
    },
  };
}

/** The order whose card was declined (`payment.failed` v1), or null. */
export const declinedOrderOf = (event: DomainEvent): string | null =>
  event.version === 1 && isRecord(event.payload) && text(event.payload.orderId) ? text(event.payload.orderId) : null;
