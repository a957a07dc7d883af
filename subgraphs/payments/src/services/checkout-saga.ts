import type { Logger } from '@shop/kit';
import type { PaymentRow } from '../db/payment-store';
import type { RefundStore } from '../db/refund-store';
import type { SagaRecord, SagaStore } from '../db/saga-store';
import { cancellationKey, refundRequestHash } from '../domain/refund-request';
import { refundableMinor } from '../domain/refunds';
import { HOLD_MARGIN_MS, nextStep, NO_RISK_WAIT, STALE_AFTER_MS, type ReviewPolicy, type SagaStep } from '../domain/saga';
import type { PaymentProvider } from '../provider';
import type { RefundService } from './refund-service';

export interface CheckoutSagaOptions {
  store: SagaStore;
  refundStore: RefundStore;
  refunds: RefundService;
  provider: PaymentProvider;
  logger: Logger;
  afterWrite?: () => void;
  staleAfterMs?: number;
  /** Fraud review (domain/saga.ts): how long to wait for ai's assessment, and whether HIGH risk holds. */
  review?: ReviewPolicy;
}

/** More steps than any order needs (authorize, hold, capture, void-or-refund): a guard against a loop, not a limit. */
const MAX_STEPS = 8;

/**
 * Drives each checkout payment through the saga: asks `nextStep` what is due, does it, records the
 * result, asks again. Provider calls carry keys derived from the payment (`authorize:<id>`, …), so
 * two workers doing the same step get one effect at the provider and the compare-and-set records it
 * once. `sweep` finds sagas a crashed worker left behind and advances them.
 */
export function createCheckoutSaga(options: CheckoutSagaOptions) {
  const { store, provider, logger } = options;
  const staleAfterMs = options.staleAfterMs ?? STALE_AFTER_MS;
  const review = options.review ?? NO_RISK_WAIT;
  /**
   * Authorizations this process claimed and could not finish (the database or the provider failed
   * mid-step): the next advance resumes them at once instead of waiting `staleAfterMs` for a claim
   * it knows to be its own and dead. The provider call's key makes the second attempt safe.
   */
  const interrupted = new Set<string>();

  async function advance(orderId: string, now = Date.now()): Promise<void> {
    for (let i = 0; i < MAX_STEPS; i++) {
      const record = await store.load(orderId);
      const own = record.payment?.status === 'AUTHORIZING' && interrupted.has(record.payment.id);
      const step = own ? 'RESUME_AUTHORIZATION' : nextStep(record, now, staleAfterMs, review);
      if (step === 'NONE') return;
      const progressed = await run(step, record, now);
      options.afterWrite?.();
      if (!progressed) return;
    }
    logger.error('checkout saga did not settle', { orderId });
  }

  /** Does one step; false when it cannot progress now (another worker holds it, or the provider refused). */
  async function run(step: Exclude<SagaStep, 'NONE'>, record: SagaRecord, now: number): Promise<boolean> {
    const payment = record.payment!;
    switch (step) {
      case 'AUTHORIZE': {
        const claimed = await store.claimAuthorization(payment.id, new Date(now + HOLD_MARGIN_MS));
        // Lost the claim (another worker, or the order closed meanwhile): look again.
        return claimed ? authorizeClaimed(claimed) : true;
      }
      case 'RESUME_AUTHORIZATION': {
        // Our own interrupted claim is taken back whatever its age (a minute covers clock skew with the database).
        const staleBefore = interrupted.has(payment.id) ? now + 60_000 : now - staleAfterMs;
        const claimed = await store.reclaimAuthorization(payment.id, new Date(staleBefore));
        if (!claimed) interrupted.delete(payment.id);
        return claimed ? authorizeClaimed(claimed) : false;
      }
      case 'CAPTURE':
        return capture(payment);
      case 'HOLD':
        await store.held(payment);
        return true;
      case 'VOID':
        return voidOrRecordCapture(payment);
      case 'CANCEL':
        await store.cancelled(payment.id);
        return true;
      case 'REFUND_REMAINDER':
        return refundRemainder(payment, record.closeReason);
    }
  }

  async function authorizeClaimed(payment: PaymentRow): Promise<boolean> {
    try {
      const progressed = await authorize(payment);
      interrupted.delete(payment.id);
      return progressed;
    } catch (error) {
      interrupted.add(payment.id);
      throw error;
    }
  }

  async function authorize(payment: PaymentRow): Promise<boolean> {
    if (!payment.cardToken) {
      await store.failed(payment.id, 'PROCESSING_ERROR', 'No payment method was given.');
      return true;
    }
    const result = await provider.authorize({
      token: payment.cardToken,
      amountMinor: payment.amountMinor,
      currencyCode: payment.currencyCode,
      idempotencyKey: `authorize:${payment.id}`,
    });
    if (result.status === 'approved') await store.authorized(payment.id, result.providerRef);
    else await store.failed(payment.id, result.code, result.message);
    return true;
  }

  async function capture(payment: PaymentRow): Promise<boolean> {
    const result = await provider.capture({ providerRef: payment.providerRef!, amountMinor: payment.amountMinor, idempotencyKey: `capture:${payment.id}` });
    if (!result.ok) {
      // A void that won the race explains INVALID_STATE; the voiding worker records it.
      logger.warn('provider refused a capture', { paymentId: payment.id, code: result.code });
      return false;
    }
    await store.captured(payment.id);
    return true;
  }

  async function voidOrRecordCapture(payment: PaymentRow): Promise<boolean> {
    const result = await provider.void({ providerRef: payment.providerRef!, idempotencyKey: `void:${payment.id}` });
    if (result.ok) {
      await store.voided(payment.id);
      return true;
    }
    // The charge was captured after all (a capture raced the cancellation, or its worker died
    // before recording it): record that capture with its own key; the next step refunds it.
    if (result.code === 'INVALID_STATE') return capture(payment);
    logger.error('provider refused a void', { paymentId: payment.id, code: result.code });
    return false;
  }

  async function refundRemainder(payment: PaymentRow, closeReason: string | null): Promise<boolean> {
    const amountMinor = refundableMinor(payment);
    const reason = closeReason ?? 'Order cancelled';
    const response = await options.refunds.refund({
      // Two workers refunding the remainder at once: only one can reserve it; the other is refused.
      key: cancellationKey(payment.id),
      requestHash: refundRequestHash({ paymentId: payment.id, amountMinor, reason }),
      paymentId: payment.id,
      amountMinor,
      reason,
      source: 'CANCELLATION',
    });
    if (response.userErrors.length) logger.warn('cancellation refund not taken', { paymentId: payment.id, errors: response.userErrors.map((e) => e.code) });
    return response.userErrors.length === 0;
  }

  let sweeping: Promise<void> | null = null;

  /** Advances sagas and refunds that have waited since before `now - staleAfterMs` (a worker died mid-step). */
  async function sweep(now = Date.now()): Promise<void> {
    const staleBefore = new Date(now - staleAfterMs);
    for (const orderId of await store.stalled(staleBefore)) {
      await advance(orderId, now).catch((error: unknown) => logger.error('saga recovery failed', { orderId, error }));
    }
    for (const { refund, providerRef } of await options.refundStore.stalePending(staleBefore)) {
      if (!providerRef) continue;
      await options.refunds.resume(refund, providerRef).catch((error: unknown) => logger.error('refund recovery failed', { refundId: refund.id, error }));
    }
  }

  return {
    advance,
    /** One sweep at a time; a call during a sweep waits for it. */
    sweep(now?: number): Promise<void> {
      sweeping ??= sweep(now).finally(() => (sweeping = null));
      return sweeping;
    },
    /** Resolves when no sweep is running (shutdown). */
    idle: async () => void (await sweeping?.catch(() => {})),
  };
}

export type CheckoutSaga = ReturnType<typeof createCheckoutSaga>;
