import { randomUUID } from 'node:crypto';
import { formatMinor } from '@shop/kit';
import { and, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { RefundSource } from '../domain/codes';
import { userErrors, type PaymentUserError } from '../domain/errors';
import { REFUNDABLE_STATES } from '../domain/payment-status';
import { refundableMinor, refundRefusal, statusAfterRefunds } from '../domain/refunds';
import { paymentRefunded } from '../events/payment-events';
import type { RefundRow } from './payment-store';
import { idempotencyKeys, payments, refunds } from './schema';
import { recordMovement, transition, type PaymentRow, type PaymentsDb, type Tx } from './tx';

/** What a refund request answered, stored under its idempotency key and replayed to retries. */
export interface StoredResponse {
  paymentId: string;
  refundId: string | null;
  userErrors: PaymentUserError[];
}

export interface RefundRequest {
  /** Namespaced idempotency key (api:… or saga:…). */
  key: string;
  requestHash: string;
  paymentId: string;
  amountMinor: number;
  reason: string | null;
  source: RefundSource;
}

export type BeginResult =
  | { kind: 'reserved'; refund: RefundRow; providerRef: string }
  | { kind: 'refused'; response: StoredResponse }
  /** The key was claimed before: replay (or refuse) from what is stored under it. */
  | { kind: 'seen' };

/**
 * Refunds in three steps around the provider call. `begin` claims the key and reserves the amount
 * with ONE conditional UPDATE (refunded + pending + n <= captured), so concurrent refunds can never
 * promise more than was captured; `settle` turns the reservation into a refund, or gives it back.
 */
export function createRefundStore(db: PaymentsDb) {
  return {
    begin: (request: RefundRequest): Promise<BeginResult> =>
      db.transaction(async (tx) => {
        // A concurrent holder of the same key makes this insert wait until it commits.
        const claimed = await tx
          .insert(idempotencyKeys)
          .values({ key: request.key, requestHash: request.requestHash })
          .onConflictDoNothing()
          .returning({ key: idempotencyKeys.key });
        if (!claimed.length) return { kind: 'seen' };

        const n = request.amountMinor;
        const [payment] = await tx
          .update(payments)
          .set({ refundPendingMinor: sql`${payments.refundPendingMinor} + ${n}`, updatedAt: sql`now()` })
          .where(
            and(
              eq(payments.id, request.paymentId),
              inArray(payments.status, [...REFUNDABLE_STATES]),
              isNotNull(payments.providerRef),
              sql`${payments.refundedMinor} + ${payments.refundPendingMinor} + ${n} <= ${payments.capturedMinor}`,
            ),
          )
          .returning();
        if (!payment) {
          const response: StoredResponse = { paymentId: request.paymentId, refundId: null, userErrors: [await refusal(tx, request.paymentId, n)] };
          await tx.update(idempotencyKeys).set({ response }).where(eq(idempotencyKeys.key, request.key));
          return { kind: 'refused', response };
        }
        const [refund] = await tx
          .insert(refunds)
          .values({ id: `rfd_${randomUUID()}`, paymentId: payment.id, amountMinor: n, reason: request.reason, source: request.source, status: 'PENDING' })
          .returning();
        await tx.update(idempotencyKeys).set({ refundId: refund!.id }).where(eq(idempotencyKeys.key, request.key));
        return { kind: 'reserved', refund: refund!, providerRef: payment.providerRef! };
      }),

    /** The request stored under a key: its fingerprint and, once finished, its response. */
    async recorded(key: string): Promise<{ requestHash: string; response: StoredResponse | null } | null> {
      const [row] = await db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key));
      return row ? { requestHash: row.requestHash, response: (row.response as StoredResponse | null) ?? null } : null;
    },

    /**
     * Records the provider's answer to a reserved refund (once: a second settle finds it no longer
     * PENDING and returns null) and stores the response under its key.
     */
    settle: (refundId: string, outcome: { ok: true; providerRefundRef: string } | { ok: false; message: string }): Promise<StoredResponse | null> =>
      db.transaction(async (tx) => {
        const [refund] = await tx
          .update(refunds)
          .set({ status: outcome.ok ? 'SUCCEEDED' : 'FAILED', providerRefundRef: outcome.ok ? outcome.providerRefundRef : null, settledAt: sql`now()` })
          .where(and(eq(refunds.id, refundId), eq(refunds.status, 'PENDING')))
          .returning();
        if (!refund) return null;
        const n = refund.amountMinor;
        const [payment] = await tx
          .update(payments)
          .set({
            refundPendingMinor: sql`${payments.refundPendingMinor} - ${n}`,
            ...(outcome.ok ? { refundedMinor: sql`${payments.refundedMinor} + ${n}` } : {}),
            updatedAt: sql`now()`,
          })
          .where(eq(payments.id, refund.paymentId))
          .returning();
        if (outcome.ok) await finishRefund(tx, payment!, refund);
        const response: StoredResponse = outcome.ok
          ? { paymentId: refund.paymentId, refundId: refund.id, userErrors: [] }
          : { paymentId: refund.paymentId, refundId: null, userErrors: [userErrors.providerError(outcome.message)] };
        await tx.update(idempotencyKeys).set({ response }).where(eq(idempotencyKeys.refundId, refund.id));
        return response;
      }),

    /** Refunds reserved before `staleBefore` and never settled: their worker died mid-call. */
    stalePending: (staleBefore: Date, limit = 100) =>
      db
        .select({ refund: refunds, providerRef: payments.providerRef })
        .from(refunds)
        .innerJoin(payments, eq(payments.id, refunds.paymentId))
        .where(and(eq(refunds.status, 'PENDING'), lt(refunds.createdAt, staleBefore.toISOString())))
        .limit(limit),
  };
}

export type RefundStore = ReturnType<typeof createRefundStore>;

/**
 * After a refund's amount moved into `refunded_minor`: the status that amount implies, the ledger
 * row and payment.refunded, in the same transaction.
 */
export async function finishRefund(tx: Tx, payment: PaymentRow, refund: { id: string; amountMinor: number }): Promise<PaymentRow> {
  const updated = (await transition(tx, payment.id, statusAfterRefunds(payment.capturedMinor, payment.refundedMinor))) ?? payment;
  await recordMovement(tx, payment.id, 'REFUND', refund.amountMinor, [paymentRefunded(updated, refund)]);
  return updated;
}

/** Names why the conditional UPDATE matched nothing. */
async function refusal(tx: Tx, paymentId: string, amountMinor: number): Promise<PaymentUserError> {
  const [payment] = await tx.select().from(payments).where(eq(payments.id, paymentId));
  if (!payment) return userErrors.paymentNotFound(paymentId);
  if (refundRefusal(payment, amountMinor) === 'NOT_REFUNDABLE') return userErrors.notRefundable(payment.status);
  if (!payment.providerRef) return userErrors.noProviderCharge();
  return userErrors.exceedsCaptured(formatMinor(refundableMinor(payment), payment.currencyCode));
}
