import type { PaymentFailureCode } from '../domain/codes';

/**
 * A card payment provider as the payments subgraph uses it. Every call carries an idempotency key:
 * the provider answers a repeated key with its first response (so a retry after a crash or a
 * timeout never charges twice) and refuses the key with different parameters.
 *
 * Business refusals are results; a provider that cannot be reached (or a key reused with other
 * parameters, a programming error) throws.
 */
export interface PaymentProvider {
  readonly name: string;
  authorize(request: AuthorizeRequest): Promise<AuthorizeResult>;
  capture(request: { providerRef: string; amountMinor: number; idempotencyKey: string }): Promise<ProviderResult>;
  void(request: { providerRef: string; idempotencyKey: string }): Promise<ProviderResult>;
  refund(request: { providerRef: string; amountMinor: number; idempotencyKey: string }): Promise<ProviderResult<{ providerRefundRef: string }>>;
}

export interface AuthorizeRequest {
  /** The payment-method token from checkout; never a card number. */
  token: string;
  amountMinor: number;
  currencyCode: string;
  idempotencyKey: string;
}

export type AuthorizeResult = { status: 'approved'; providerRef: string } | { status: 'declined'; code: PaymentFailureCode; message: string };

/** Why a provider refused an operation on an existing charge. */
export type ProviderRefusalCode = 'CHARGE_NOT_FOUND' | 'INVALID_STATE' | 'AMOUNT_EXCEEDS_CAPTURED' | 'INVALID_AMOUNT';

export type ProviderResult<T = object> = ({ ok: true } & T) | { ok: false; code: ProviderRefusalCode; message: string };

/** Thrown when the provider cannot answer: unreachable, or an idempotency key reused with other parameters. */
export class ProviderError extends Error {
  constructor(
    readonly code: 'IDEMPOTENCY_KEY_REUSED' | 'UNAVAILABLE',
    message: string,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}

/** The providers main.ts may select with PAYMENT_PROVIDER. */
export const PAYMENT_PROVIDERS = ['simulated'] as const;
export type PaymentProviderName = (typeof PAYMENT_PROVIDERS)[number];
