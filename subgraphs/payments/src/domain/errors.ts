/** Business failures of payment mutations, returned as data (`userErrors`). */
export const PAYMENT_ERROR_CODES = [
  'PAYMENT_NOT_FOUND',
  'NOT_REFUNDABLE',
  'REFUND_EXCEEDS_CAPTURED',
  'INVALID_AMOUNT',
  'IDEMPOTENCY_KEY_REUSED',
  'PROVIDER_ERROR',
] as const;
export type PaymentErrorCode = (typeof PAYMENT_ERROR_CODES)[number];

export interface PaymentUserError {
  code: PaymentErrorCode;
  message: string;
  field: string | null;
}

export const userErrors = {
  paymentNotFound: (paymentId: string): PaymentUserError => ({
    code: 'PAYMENT_NOT_FOUND',
    message: `No payment with id ${paymentId}.`,
    field: 'input.paymentId',
  }),
  invalidAmount: (detail: string): PaymentUserError => ({ code: 'INVALID_AMOUNT', message: detail, field: 'input.amount' }),
  notRefundable: (status: string): PaymentUserError => ({
    code: 'NOT_REFUNDABLE',
    message: `Nothing can be refunded from a payment that is ${status.toLowerCase().replace('_', ' ')}.`,
    field: 'input.paymentId',
  }),
  noProviderCharge: (): PaymentUserError => ({
    code: 'NOT_REFUNDABLE',
    message: 'This payment was imported from the order history without a charge at the card processor; refund it at the processor.',
    field: 'input.paymentId',
  }),
  exceedsCaptured: (refundable: string): PaymentUserError => ({
    code: 'REFUND_EXCEEDS_CAPTURED',
    message: `Refunds may not exceed the captured amount: at most ${refundable} can still be refunded.`,
    field: 'input.amount',
  }),
  idempotencyKeyReused: (): PaymentUserError => ({
    code: 'IDEMPOTENCY_KEY_REUSED',
    message: 'This idempotency key was already used for a different refund; use a new key.',
    field: 'idempotencyKey',
  }),
  providerError: (message: string): PaymentUserError => ({
    code: 'PROVIDER_ERROR',
    message: `The card processor refused the refund: ${message} Nothing was refunded.`,
    field: null,
  }),
};
