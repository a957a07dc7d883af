import { newEvent, type DomainEvent } from '@shop/stores';
import type { PaymentFailureCode } from '../domain/codes';

/** What payments announces (v1 payloads, docs/commerce-flow.md). Amounts are minor units. */
export const PAYMENT_EVENTS = {
  authorized: 'payment.authorized',
  captured: 'payment.captured',
  failed: 'payment.failed',
  voided: 'payment.voided',
  refunded: 'payment.refunded',
  held: 'payment.held',
} as const;

interface PaymentFacts {
  id: string;
  orderId: string;
  amountMinor: number;
  currencyCode: string;
}

export interface PaymentAmountPayload {
  orderId: string;
  paymentId: string;
  amountMinor: number;
  currencyCode: string;
}

export interface PaymentFailedPayload {
  orderId: string;
  paymentId: string;
  code: PaymentFailureCode;
  message: string;
}

export interface PaymentRefundedPayload {
  orderId: string;
  paymentId: string;
  refundId: string;
  amountMinor: number;
  refundedTotalMinor: number;
  capturedMinor: number;
  fullyRefunded: boolean;
}

const amounts = (p: PaymentFacts): PaymentAmountPayload => ({ orderId: p.orderId, paymentId: p.id, amountMinor: p.amountMinor, currencyCode: p.currencyCode });

export const paymentAuthorized = (p: PaymentFacts): DomainEvent<PaymentAmountPayload> => newEvent(PAYMENT_EVENTS.authorized, amounts(p));

export const paymentCaptured = (p: PaymentFacts): DomainEvent<PaymentAmountPayload> => newEvent(PAYMENT_EVENTS.captured, amounts(p));

export const paymentFailed = (p: PaymentFacts, code: PaymentFailureCode, message: string): DomainEvent<PaymentFailedPayload> =>
  newEvent(PAYMENT_EVENTS.failed, { orderId: p.orderId, paymentId: p.id, code, message });

export const paymentVoided = (p: PaymentFacts): DomainEvent<{ orderId: string; paymentId: string }> =>
  newEvent(PAYMENT_EVENTS.voided, { orderId: p.orderId, paymentId: p.id });

export function paymentRefunded(
  p: PaymentFacts & { refundedMinor: number; capturedMinor: number },
  refund: { id: string; amountMinor: number },
): DomainEvent<PaymentRefundedPayload> {
  return newEvent(PAYMENT_EVENTS.refunded, {
    orderId: p.orderId,
    paymentId: p.id,
    refundId: refund.id,
    amountMinor: refund.amountMinor,
    refundedTotalMinor: p.refundedMinor,
    capturedMinor: p.capturedMinor,
    fullyRefunded: p.refundedMinor >= p.capturedMinor,
  });
}

/** payment.held v1: authorised, not captured, until staff review the order (HIGH fraud risk). */
export interface PaymentHeldPayload extends PaymentAmountPayload {
  risk: { score: number; level: string; reasons: { code: string; message: string }[] };
}

export const paymentHeld = (p: PaymentFacts, risk: PaymentHeldPayload['risk']): DomainEvent<PaymentHeldPayload> =>
  newEvent(PAYMENT_EVENTS.held, { ...amounts(p), risk });
