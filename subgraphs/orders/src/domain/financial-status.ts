import { stateMachine } from './state-machine';

/**
 * Where the order's money is, after Shopify's `displayFinancialStatus` (PENDING, AUTHORIZED, PAID,
 * PARTIALLY_REFUNDED, REFUNDED, VOIDED as Shopify means them). DECLINED is ours: Shopify keeps no
 * order whose only payment was declined, this shop does (PAYMENT_FAILED). Shopify's EXPIRED
 * (authorisation lapsed) and PARTIALLY_PAID do not occur: payments captures right after it
 * authorises, and always the whole total. The order of this list is the order of the GraphQL enum.
 */
export const FINANCIAL_STATUSES = ['PENDING', 'AUTHORIZED', 'PAID', 'PARTIALLY_REFUNDED', 'REFUNDED', 'VOIDED', 'DECLINED'] as const;
export type FinancialStatus = (typeof FINANCIAL_STATUSES)[number];

/**
 * Driven by payments' events (payment.authorized, .captured, .failed, .voided, .refunded) and by
 * orders closing an order before any money was asked for (VOIDED).
 * - PENDING -> PAID: the capture was handled before the authorisation (or without it).
 * - VOIDED -> PAID: a capture that raced a cancellation (payments refunds it: the refund follows).
 * - PARTIALLY_REFUNDED -> PARTIALLY_REFUNDED: a second partial refund is a change worth recording.
 */
export const FINANCIAL_TRANSITIONS: Readonly<Record<FinancialStatus, readonly FinancialStatus[]>> = {
  PENDING: ['AUTHORIZED', 'PAID', 'VOIDED', 'DECLINED'],
  AUTHORIZED: ['PAID', 'VOIDED', 'DECLINED'],
  PAID: ['PARTIALLY_REFUNDED', 'REFUNDED'],
  PARTIALLY_REFUNDED: ['PARTIALLY_REFUNDED', 'REFUNDED'],
  REFUNDED: [],
  VOIDED: ['PAID'],
  DECLINED: [],
};

export const financialMachine = stateMachine(FINANCIAL_STATUSES, FINANCIAL_TRANSITIONS);

/** Statuses in which money was captured and is (partly) still held. */
export const REFUNDABLE_FINANCIAL_STATUSES: readonly FinancialStatus[] = ['PAID', 'PARTIALLY_REFUNDED'];
