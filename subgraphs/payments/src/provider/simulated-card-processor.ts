import { createHash, randomUUID } from 'node:crypto';
import { DECLINE_MESSAGES, isDecline, readCardToken } from '@shop/payment-cards';
import type { Database } from '@shop/stores';
import { and, eq, sql } from 'drizzle-orm';
import type { PaymentsSchema } from '../db/schema';
import { simProcessorCharges as charges, simProcessorRefunds as refunds, simProcessorRequests as requests } from '../db/sim-processor-schema';
import { ProviderError, type AuthorizeRequest, type AuthorizeResult, type PaymentProvider, type ProviderResult } from './payment-provider';

type Tx = Parameters<Parameters<Database<PaymentsSchema>['transaction']>[0]>[0];

/**
 * A card processor that behaves like a real one in test mode: the card behind a token (chosen at
 * tokenization from the test card numbers) decides the authorization; approved charges can be
 * captured once, voided while uncaptured, and refunded in parts up to what was captured. Its
 * records persist, and each request is remembered by idempotency key in the same transaction as
 * its effect, so a retry — also after a crash, also concurrent — gets the first answer.
 */
export class SimulatedCardProcessor implements PaymentProvider {
  readonly name = 'simulated';

  constructor(private readonly db: Database<PaymentsSchema>) {}

  authorize(request: AuthorizeRequest): Promise<AuthorizeResult> {
    const { token, amountMinor, currencyCode, idempotencyKey } = request;
    return this.once('authorize', idempotencyKey, [token, amountMinor, currencyCode], async (tx): Promise<AuthorizeResult> => {
      const card = readCardToken(token);
      if (!card) return { status: 'declined', code: 'PROCESSING_ERROR', message: 'The payment method is not recognised.' };
      if (isDecline(card.outcome)) return { status: 'declined', code: card.outcome, message: DECLINE_MESSAGES[card.outcome] };
      if (!Number.isSafeInteger(amountMinor) || amountMinor <= 0) return { status: 'declined', code: 'PROCESSING_ERROR', message: 'The amount is not valid.' };
      const ref = `ch_sim_${randomUUID()}`;
      await tx.insert(charges).values({ ref, status: 'AUTHORIZED', amountMinor, currencyCode, cardBrand: card.brand, cardLast4: card.last4 });
      return { status: 'approved', providerRef: ref };
    });
  }

  capture(request: { providerRef: string; amountMinor: number; idempotencyKey: string }): Promise<ProviderResult> {
    const { providerRef, amountMinor, idempotencyKey } = request;
    return this.once('capture', idempotencyKey, [providerRef, amountMinor], async (tx): Promise<ProviderResult> => {
      const [captured] = await tx
        .update(charges)
        .set({ status: 'CAPTURED', capturedMinor: amountMinor, updatedAt: sql`now()` })
        .where(and(eq(charges.ref, providerRef), eq(charges.status, 'AUTHORIZED'), sql`${amountMinor} between 1 and ${charges.amountMinor}`))
        .returning({ ref: charges.ref });
      return captured ? { ok: true } : refusal(tx, providerRef, 'capture');
    });
  }

  void(request: { providerRef: string; idempotencyKey: string }): Promise<ProviderResult> {
    const { providerRef, idempotencyKey } = request;
    return this.once('void', idempotencyKey, [providerRef], async (tx): Promise<ProviderResult> => {
      const [voided] = await tx
        .update(charges)
        .set({ status: 'VOIDED', updatedAt: sql`now()` })
        .where(and(eq(charges.ref, providerRef), eq(charges.status, 'AUTHORIZED')))
        .returning({ ref: charges.ref });
      return voided ? { ok: true } : refusal(tx, providerRef, 'void');
    });
  }

  refund(request: { providerRef: string; amountMinor: number; idempotencyKey: string }): Promise<ProviderResult<{ providerRefundRef: string }>> {
    const { providerRef, amountMinor, idempotencyKey } = request;
    return this.once('refund', idempotencyKey, [providerRef, amountMinor], async (tx) => refundCharge(tx, providerRef, amountMinor));
  }

  /**
   * A refund made at the provider without our API — what a support agent does in the provider's
   * dashboard. The provider then reports it with a `charge.refunded` webhook.
   */
  refundOutsideApi(request: { providerRef: string; amountMinor: number }): Promise<ProviderResult<{ providerRefundRef: string }>> {
    return this.db.transaction((tx) => refundCharge(tx, request.providerRef, request.amountMinor));
  }

  /**
   * Runs `apply` once per idempotency key. The key is claimed first: a concurrent duplicate waits on
   * the primary key until this transaction commits, then reads the stored response.
   */
  private once<T>(operation: string, idempotencyKey: string, params: unknown[], apply: (tx: Tx) => Promise<T>): Promise<T> {
    const requestHash = createHash('sha256')
      .update(JSON.stringify([operation, ...params]))
      .digest('hex');
    return this.db.transaction(async (tx) => {
      const claimed = await tx
        .insert(requests)
        .values({ idempotencyKey, operation, requestHash })
        .onConflictDoNothing()
        .returning({ key: requests.idempotencyKey });
      if (!claimed.length) {
        const [first] = await tx.select().from(requests).where(eq(requests.idempotencyKey, idempotencyKey));
        if (first?.requestHash !== requestHash)
          throw new ProviderError('IDEMPOTENCY_KEY_REUSED', `Idempotency key ${idempotencyKey} was used for another request.`);
        return first.response as T;
      }
      const response = await apply(tx);
      await tx.update(requests).set({ response }).where(eq(requests.idempotencyKey, idempotencyKey));
      return response;
    });
  }
}

/** Refunds by one conditional UPDATE: the processor never gives back more than it captured. */
async function refundCharge(tx: Tx, providerRef: string, amountMinor: number): Promise<ProviderResult<{ providerRefundRef: string }>> {
  if (!Number.isSafeInteger(amountMinor) || amountMinor <= 0) return { ok: false, code: 'INVALID_AMOUNT', message: 'The refund amount must be positive.' };
  const [charge] = await tx
    .update(charges)
    .set({ refundedMinor: sql`${charges.refundedMinor} + ${amountMinor}`, updatedAt: sql`now()` })
    .where(and(eq(charges.ref, providerRef), eq(charges.status, 'CAPTURED'), sql`${charges.refundedMinor} + ${amountMinor} <= ${charges.capturedMinor}`))
    .returning({ ref: charges.ref });
  if (!charge) return refusal(tx, providerRef, 'refund');
  const providerRefundRef = `re_sim_${randomUUID()}`;
  await tx.insert(refunds).values({ ref: providerRefundRef, chargeRef: providerRef, amountMinor });
  return { ok: true, providerRefundRef };
}

/** Names why a conditional UPDATE on a charge matched nothing. */
async function refusal(
  tx: Tx,
  providerRef: string,
  operation: 'capture' | 'void' | 'refund',
): Promise<{ ok: false; code: 'CHARGE_NOT_FOUND' | 'INVALID_STATE' | 'AMOUNT_EXCEEDS_CAPTURED'; message: string }> {
  const [charge] = await tx.select().from(charges).where(eq(charges.ref, providerRef));
  if (!charge) return { ok: false, code: 'CHARGE_NOT_FOUND', message: `No charge ${providerRef}.` };
  const allowed = operation === 'refund' ? 'CAPTURED' : 'AUTHORIZED';
  if (charge.status !== allowed)
    return {
      ok: false,
      code: 'INVALID_STATE',
      message: `A ${charge.status.toLowerCase()} charge cannot be ${operation === 'capture' ? 'captured' : operation === 'void' ? 'voided' : 'refunded'}.`,
    };
  return {
    ok: false,
    code: 'AMOUNT_EXCEEDS_CAPTURED',
    message: operation === 'refund' ? 'The refund exceeds what is left of the captured amount.' : 'The capture exceeds the authorized amount.',
  };
}
