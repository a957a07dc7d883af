import { badInput, forbidden, isAdmin, unauthenticated, type Identity, type Logger } from '@shop/kit';
import type { PaymentRow, PaymentStore, RefundRow, RefundView } from '../db/payment-store';
import type { RefundRequest, RefundStore, StoredResponse } from '../db/refund-store';
import { userErrors, type PaymentUserError } from '../domain/errors';
import { apiKey, parseRefundAmount, refundRequestHash, validateRefundRequest, type RefundRequestInput } from '../domain/refund-request';
import type { PaymentProvider } from '../provider';

/** What `refundPayment` answers (RefundPaymentPayload). */
export interface RefundPaymentOutcome {
  payment: PaymentRow | null;
  refund: RefundView | null;
  userErrors: PaymentUserError[];
}

export interface RefundServiceOptions {
  store: RefundStore;
  payments: PaymentStore;
  provider: PaymentProvider;
  logger: Logger;
  /** Called after a committed write, so the outbox relay publishes now rather than at its next poll. */
  afterWrite?: () => void;
  /** How long a retry waits for the first request with its key to finish. */
  replayTimeoutMs?: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Refunds: reserve (key claimed, amount held by one conditional UPDATE), ask the provider with a key
 * derived from the refund, settle (or give the amount back). A request whose key was seen before
 * waits for the first one's stored response instead of acting again.
 */
export function createRefundService(options: RefundServiceOptions) {
  const { store, payments, provider, logger } = options;

  async function execute(request: RefundRequest): Promise<StoredResponse> {
    const begun = await store.begin(request);
    if (begun.kind === 'refused') return begun.response;
    if (begun.kind === 'seen') return replay(request);
    return complete(begun.refund, begun.providerRef, request.key);
  }

  async function complete(refund: RefundRow, providerRef: string, key: string | null): Promise<StoredResponse> {
    // On a throw the refund stays PENDING with its amount held; the recovery sweep asks again with the same key.
    const result = await provider.refund({ providerRef, amountMinor: refund.amountMinor, idempotencyKey: `refund:${refund.id}` });
    if (!result.ok) logger.warn('provider refused a refund', { refundId: refund.id, code: result.code });
    const response = await store.settle(
      refund.id,
      result.ok ? { ok: true, providerRefundRef: result.providerRefundRef } : { ok: false, message: result.message },
    );
    options.afterWrite?.();
    if (response) return response;
    // Another worker settled it first; its response is the one stored.
    return key ? replay({ key, requestHash: null }) : { paymentId: refund.paymentId, refundId: refund.id, userErrors: [] };
  }

  async function replay(request: { key: string; requestHash: string | null }): Promise<StoredResponse> {
    const deadline = Date.now() + (options.replayTimeoutMs ?? 15_000);
    for (let delay = 10; ; delay = Math.min(delay * 2, 250)) {
      const recorded = await store.recorded(request.key);
      if (recorded && request.requestHash && recorded.requestHash !== request.requestHash) {
        return { paymentId: '', refundId: null, userErrors: [userErrors.idempotencyKeyReused()] };
      }
      if (recorded?.response) return recorded.response;
      if (Date.now() > deadline) {
        return {
          paymentId: '',
          refundId: null,
          userErrors: [userErrors.providerError('A refund with this idempotency key is still in progress; retry later with the same key.')],
        };
      }
      await pause(delay);
    }
  }

  async function outcome(response: StoredResponse): Promise<RefundPaymentOutcome> {
    const [[payment], [refund]] = await Promise.all([
      response.paymentId ? payments.findByIds([response.paymentId]) : [],
      response.refundId ? payments.refundsByIds([response.refundId]) : [],
    ]);
    return { payment: payment ?? null, refund: refund ?? null, userErrors: response.userErrors };
  }

  return {
    /** The admin mutation. Malformed input is a GraphQLError; everything the business refuses is a userError. */
    async refundPayment(input: RefundRequestInput, idempotencyKey: string, identity: Identity): Promise<RefundPaymentOutcome> {
      if (!identity.userId) throw unauthenticated();
      if (!isAdmin(identity)) throw forbidden('Only admins can refund payments.');
      const problem = validateRefundRequest(input, idempotencyKey);
      if (problem) throw badInput(problem.message, problem.field);

      const paymentId = input.paymentId.trim();
      const [payment] = await payments.findByIds([paymentId]);
      if (!payment) return { payment: null, refund: null, userErrors: [userErrors.paymentNotFound(paymentId)] };
      const amount = parseRefundAmount(input.amount, payment.currencyCode);
      if (!amount.ok) return { payment, refund: null, userErrors: [userErrors.invalidAmount(amount.message)] };

      const reason = input.reason?.trim() || null;
      const requestHash = refundRequestHash({ paymentId, amountMinor: amount.minor, reason });
      const response = await execute({ key: apiKey(idempotencyKey), requestHash, paymentId, amountMinor: amount.minor, reason, source: 'API' });
      return outcome(response);
    },

    /** A refund the system itself decides (an order cancellation), under a key of its own. */
    refund: execute,

    /** Finishes a refund whose worker died between reserving it and settling it. */
    resume: (refund: RefundRow, providerRef: string) => complete(refund, providerRef, null),
  };
}

export type RefundService = ReturnType<typeof createRefundService>;
