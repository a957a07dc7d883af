import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { REFUNDABLE_STATES } from '../domain/payment-status';
import type { ProviderRefund } from '../webhooks/webhook-event';
import { finishRefund } from './refund-store';
import { payments, refunds, webhookEvents } from './schema';
import type { PaymentsDb, Tx } from './tx';

export type { ProviderRefund };

export type ProviderRefundOutcome = 'RECORDED' | 'ALREADY_RECORDED' | 'UNKNOWN_CHARGE' | 'EXCEEDS_CAPTURED';

/**
 * Provider webhook events, each applied at most once: the event id is recorded in the same
 * transaction as the event's effect, so a replay or a redelivery finds it and changes nothing.
 */
export function createWebhookStore(db: PaymentsDb) {
  async function once<T>(event: { id: string; type: string }, effect: (tx: Tx) => Promise<T>): Promise<{ duplicate: true } | { duplicate: false; outcome: T }> {
    return db.transaction(async (tx) => {
      const inserted = await tx
        .insert(webhookEvents)
        .values({ eventId: event.id, type: event.type })
        .onConflictDoNothing()
        .returning({ id: webhookEvents.eventId });
      if (!inserted.length) return { duplicate: true as const };
      return { duplicate: false as const, outcome: await effect(tx) };
    });
  }

  return {
    /** Acknowledges an event of a type we do not act on: recorded, without effect. */
    recordOnly: (event: { id: string; type: string }) => once(event, async () => 'IGNORED' as const),

    /**
     * Records a refund made at the provider: idempotent by its provider refund id, and never above
     * the capture (the same conditional UPDATE as API refunds, pending ones included).
     */
    recordProviderRefund: (event: { id: string; type: string }, refund: ProviderRefund) =>
      once(event, async (tx): Promise<ProviderRefundOutcome> => {
        // Lock the payment first: refunds of one charge are then recorded one at a time.
        const [payment] = await tx.select().from(payments).where(eq(payments.providerRef, refund.providerRef)).for('update');
        if (!payment) return 'UNKNOWN_CHARGE';
        const [known] = await tx.select({ id: refunds.id }).from(refunds).where(eq(refunds.providerRefundRef, refund.providerRefundRef));
        if (known) return 'ALREADY_RECORDED';
        const n = refund.amountMinor;
        const [updated] = await tx
          .update(payments)
          .set({ refundedMinor: sql`${payments.refundedMinor} + ${n}`, updatedAt: sql`now()` })
          .where(
            and(
              eq(payments.id, payment.id),
              inArray(payments.status, [...REFUNDABLE_STATES]),
              sql`${payments.refundedMinor} + ${payments.refundPendingMinor} + ${n} <= ${payments.capturedMinor}`,
            ),
          )
          .returning();
        if (!updated) return 'EXCEEDS_CAPTURED';
        const [row] = await tx
          .insert(refunds)
          .values({
            id: `rfd_${randomUUID()}`,
            paymentId: payment.id,
            amountMinor: n,
            reason: 'Refunded at the card processor',
            source: 'WEBHOOK',
            status: 'SUCCEEDED',
            providerRefundRef: refund.providerRefundRef,
            settledAt: sql`now()`,
          })
          .returning();
        await finishRefund(tx, updated, row!);
        return 'RECORDED';
      }),
  };
}

export type WebhookStore = ReturnType<typeof createWebhookStore>;
