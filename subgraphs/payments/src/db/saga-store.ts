import { randomUUID } from 'node:crypto';
import { appendToOutbox, handleOnce, resultRows, type DomainEvent } from '@shop/stores';
import { and, eq, sql } from 'drizzle-orm';
import type { PaymentFailureCode } from '../domain/codes';
import type { CheckoutOrder, OrderClosed, RiskAssessed } from '../events/incoming';
import type { RiskLevel } from '../domain/saga';
import { paymentAuthorized, paymentCaptured, paymentFailed, paymentHeld, paymentVoided } from '../events/payment-events';
import { checkoutOrders, outbox, payments, processedEvents } from './schema';
import { recordMovement, transition, type PaymentRow, type PaymentsDb, type Tx } from './tx';

export interface SagaRecord {
  /** The order's checkout payment, once order.created was seen. */
  payment: PaymentRow | null;
  reserved: boolean;
  closed: boolean;
  closeReason: string | null;
  holdExpiresAt: string | null;
  holdReleased: boolean;
  riskLevel: RiskLevel | null;
  held: boolean;
  approved: boolean;
}

/**
 * The saga's persistence. Facts from events are recorded once per event id; every payment step is
 * a compare-and-set on the payment's status, written together with its ledger row and outbox
 * event, so that two workers (or a redelivery) can never record a step twice.
 */
export function createSagaStore(db: PaymentsDb) {
  const upsertSignal = (tx: Tx, orderId: string, set: Omit<typeof checkoutOrders.$inferInsert, 'orderId'>) =>
    tx
      .insert(checkoutOrders)
      .values({ orderId, ...set })
      .onConflictDoUpdate({ target: checkoutOrders.orderId, set });
  /** Records a hold expiry that only ever grows: a repeated or late event never shortens a hold made longer. */
  const extendHold = (tx: Tx, orderId: string, holdExpiresAt: string | null, set: Omit<typeof checkoutOrders.$inferInsert, 'orderId' | 'holdExpiresAt'> = {}) =>
    tx
      .insert(checkoutOrders)
      .values({ orderId, holdExpiresAt, ...set })
      .onConflictDoUpdate({
        target: checkoutOrders.orderId,
        set: { ...set, holdExpiresAt: sql`greatest(${checkoutOrders.holdExpiresAt}, excluded.hold_expires_at)` },
      });

  return {
    recordOrderPlaced: (event: DomainEvent, order: CheckoutOrder) =>
      handleOnce(db, processedEvents, event, async (tx) => {
        // The partial unique index keeps this to one checkout payment per order.
        await tx
          .insert(payments)
          .values({
            id: `pay_${randomUUID()}`,
            orderId: order.orderId,
            customerId: order.customerId,
            origin: 'CHECKOUT',
            status: 'PENDING',
            amountMinor: order.totalMinor,
            currencyCode: order.currencyCode,
            cardBrand: order.payment.brand,
            cardLast4: order.payment.last4,
            cardToken: order.payment.token,
          })
          .onConflictDoNothing();
      }),

    /** A repeated inventory.reserved (a re-drive) never shortens a hold that inventory.hold_extended made longer. */
    recordReserved: (event: DomainEvent, orderId: string, holdExpiresAt: string | null) =>
      handleOnce(db, processedEvents, event, async (tx) => void (await extendHold(tx, orderId, holdExpiresAt, { reservedAt: new Date().toISOString() }))),

    recordReleased: (event: DomainEvent, orderId: string) =>
      handleOnce(db, processedEvents, event, async (tx) => void (await upsertSignal(tx, orderId, { holdReleasedAt: new Date().toISOString() }))),

    recordRisk: (event: DomainEvent, risk: RiskAssessed) =>
      handleOnce(
        db,
        processedEvents,
        event,
        async (tx) => void (await upsertSignal(tx, risk.orderId, { riskLevel: risk.level, riskScore: risk.score, riskReasons: risk.reasons })),
      ),

    recordApproved: (event: DomainEvent, orderId: string) =>
      handleOnce(db, processedEvents, event, async (tx) => void (await upsertSignal(tx, orderId, { approvedAt: new Date().toISOString() }))),

    /** The hold of a held-for-review order was extended: it may now be captured until the new expiry. */
    recordHoldExtended: (event: DomainEvent, orderId: string, holdExpiresAt: string) =>
      handleOnce(db, processedEvents, event, async (tx) => void (await extendHold(tx, orderId, holdExpiresAt))),

    /** Announces payment.held once (the CAS on held_at): the order waits for staff's review. */
    held: (payment: PaymentRow) =>
      db.transaction(async (tx) => {
        const [row] = await tx
          .update(checkoutOrders)
          .set({ heldAt: new Date().toISOString() })
          .where(and(eq(checkoutOrders.orderId, payment.orderId), sql`${checkoutOrders.heldAt} is null`))
          .returning();
        if (row) {
          const risk = { score: row.riskScore ?? 1, level: row.riskLevel ?? 'HIGH', reasons: row.riskReasons ?? [] };
          await appendToOutbox(tx, outbox, [paymentHeld(payment, risk)]);
        }
        return !!row;
      }),

    recordClosed: (event: DomainEvent, closed: OrderClosed) =>
      handleOnce(
        db,
        processedEvents,
        event,
        async (tx) =>
          void (await upsertSignal(tx, closed.orderId, { closedAt: new Date().toISOString(), closedStatus: closed.status, closeReason: closed.reason })),
      ),

    /** The order's checkout payment and what was heard about the order. */
    async load(orderId: string): Promise<SagaRecord> {
      const [[payment], [signals]] = await Promise.all([
        db
          .select()
          .from(payments)
          .where(and(eq(payments.orderId, orderId), eq(payments.origin, 'CHECKOUT'))),
        db.select().from(checkoutOrders).where(eq(checkoutOrders.orderId, orderId)),
      ]);
      return {
        payment: payment ?? null,
        reserved: !!signals?.reservedAt,
        closed: !!signals?.closedAt,
        closeReason: signals?.closeReason ?? null,
        holdExpiresAt: signals?.holdExpiresAt ? new Date(signals.holdExpiresAt).toISOString() : null,
        holdReleased: !!signals?.holdReleasedAt,
        riskLevel: (signals?.riskLevel as RiskLevel | null | undefined) ?? null,
        held: !!signals?.heldAt,
        approved: !!signals?.approvedAt,
      };
    },

    /**
     * PENDING -> AUTHORIZING, unless the order closed or its hold is gone (released, or lapsing
     * before `holdNeededUntil`): the winner alone asks the provider.
     */
    claimAuthorization: (paymentId: string, holdNeededUntil: Date) =>
      transition(
        db,
        paymentId,
        'AUTHORIZING',
        {},
        sql`not exists (select 1 from ${checkoutOrders} where ${checkoutOrders.orderId} = ${payments.orderId} and (${checkoutOrders.closedAt} is not null
          or ${checkoutOrders.holdReleasedAt} is not null or ${checkoutOrders.holdExpiresAt} <= ${holdNeededUntil.toISOString()}))`,
      ),

    /** Takes over an authorization whose worker went quiet before `staleBefore` (it died, or hangs). */
    async reclaimAuthorization(paymentId: string, staleBefore: Date): Promise<PaymentRow | null> {
      const [row] = await db
        .update(payments)
        .set({ updatedAt: sql`now()` })
        .where(and(eq(payments.id, paymentId), eq(payments.status, 'AUTHORIZING'), sql`${payments.updatedAt} < ${staleBefore.toISOString()}`))
        .returning();
      return row ?? null;
    },

    authorized: (paymentId: string, providerRef: string) =>
      db.transaction(async (tx) => {
        const p = await transition(tx, paymentId, 'AUTHORIZED', { providerRef });
        if (p) await recordMovement(tx, p.id, 'AUTHORIZE', p.amountMinor, [paymentAuthorized(p)]);
        return p;
      }),

    failed: (paymentId: string, code: PaymentFailureCode, message: string) =>
      db.transaction(async (tx) => {
        const p = await transition(tx, paymentId, 'FAILED', { failureCode: code, failureMessage: message });
        if (p) await appendToOutbox(tx, outbox, [paymentFailed(p, code, message)]);
        return p;
      }),

    captured: (paymentId: string) =>
      db.transaction(async (tx) => {
        const p = await transition(tx, paymentId, 'CAPTURED', { capturedMinor: sql`${payments.amountMinor}` });
        if (p) await recordMovement(tx, p.id, 'CAPTURE', p.capturedMinor, [paymentCaptured(p)]);
        return p;
      }),

    voided: (paymentId: string) =>
      db.transaction(async (tx) => {
        const p = await transition(tx, paymentId, 'VOIDED');
        if (p) await recordMovement(tx, p.id, 'VOID', p.amountMinor, [paymentVoided(p)]);
        return p;
      }),

    /** PENDING -> CANCELLED: the order closed before the card was ever sent to the provider. */
    cancelled: (paymentId: string) => transition(db, paymentId, 'CANCELLED'),

    /** Orders whose saga has waited on a step since before `staleBefore`: the recovery sweep's work list. */
    async stalled(staleBefore: Date, limit = 100): Promise<string[]> {
      const rows = await db.execute(sql`
        select p.order_id as "orderId" from ${payments} p left join ${checkoutOrders} c on c.order_id = p.order_id
        where p.origin = 'CHECKOUT' and p.updated_at < ${staleBefore.toISOString()} and (
          (p.status = 'PENDING' and (c.reserved_at is not null or c.closed_at is not null or c.hold_released_at is not null))
          or p.status = 'AUTHORIZING'
          -- A payment held for review waits for staff (or its hold's release), not for a sweep.
          or (p.status = 'AUTHORIZED' and not (c.held_at is not null and c.approved_at is null and c.closed_at is null and c.hold_released_at is null))
          or (p.status in ('CAPTURED', 'PARTIALLY_REFUNDED') and c.closed_at is not null
              and p.refunded_minor + p.refund_pending_minor < p.captured_minor))
        order by p.updated_at limit ${limit}`);
      return resultRows<{ orderId: string }>(rows).map((r) => r.orderId);
    },
  };
}

export type SagaStore = ReturnType<typeof createSagaStore>;
