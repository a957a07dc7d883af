/** Why an authorization was declined (the simulated processor's test cards select one). */
export const PAYMENT_FAILURE_CODES = ['CARD_DECLINED', 'INSUFFICIENT_FUNDS', 'EXPIRED_CARD', 'PROCESSING_ERROR'] as const;
export type PaymentFailureCode = (typeof PAYMENT_FAILURE_CODES)[number];

/** CHECKOUT payments are created by the saga; HISTORY payments are seeded demo data, already settled. */
export const PAYMENT_ORIGINS = ['CHECKOUT', 'HISTORY'] as const;
export type PaymentOrigin = (typeof PAYMENT_ORIGINS)[number];

/** Who asked for a refund: an admin through the API, the provider (a webhook), or an order cancellation. */
export const REFUND_SOURCES = ['API', 'WEBHOOK', 'CANCELLATION'] as const;
export type RefundSource = (typeof REFUND_SOURCES)[number];

export const REFUND_STATUSES = ['PENDING', 'SUCCEEDED', 'FAILED'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];
