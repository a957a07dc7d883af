import type { Logger } from '@shop/kit';
import { handleOnce, type Database, type DomainEvent, type EventBus, type EventSubscription } from '@shop/stores';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { catalogWrites, type Tx } from '../db/catalog-store';
import { applyTransition, type Move, type TransitionRequest } from '../db/order-transitions';
import { orderLines, orders, processedEvents, type OrdersSchema } from '../db/schema';
import { REFUNDABLE_FINANCIAL_STATUSES, type FinancialStatus } from '../domain/financial-status';
import { heldForReviewReason, outOfStockReason, paymentFailedReason, refundReason, RESERVATION_EXPIRED_REASON } from '../domain/order-reasons';
import * as incoming from './incoming';

/** The consumer group every orders replica joins: each event is handled once per group. */
export const CONSUMER_GROUP = 'orders';

type Handler = (tx: Tx, event: DomainEvent) => Promise<boolean>;

/** Runs a transition; true when the order moved (so the relay has an order.updated to publish). */
const move = async (tx: Tx, request: TransitionRequest) => (await applyTransition(tx, request)).ok;

/**
 * Closing an order before any money was asked for voids its payment; money authorised or taken
 * stays as it is until payments reports the void or the refund.
 */
const NOTHING_TAKEN: Move<FinancialStatus> = { from: ['PENDING'], to: 'VOIDED', optional: true };

/**
 * Payments only authorises once inventory has reserved, so a payment outcome for an order still
 * PENDING means inventory.reserved simply has not been handled yet (events of different producers
 * may arrive in any order): the order passes through RESERVED first.
 */
async function afterReservation(tx: Tx, request: TransitionRequest): Promise<boolean> {
  await applyTransition(tx, { orderId: request.orderId, status: { from: ['PENDING'], to: 'RESERVED' }, reason: 'Stock reserved (seen through the payment).' });
  return move(tx, request);
}

function parsed<S extends z.ZodType>(schema: S, handle: (tx: Tx, payload: z.infer<S>, event: DomainEvent) => Promise<boolean>, logger: Logger): Handler {
  return async (tx, event) => {
    const result = schema.safeParse(event.payload);
    if (!result.success) {
      logger.warn('skipping an unreadable event', { eventId: event.id, type: event.type, issues: result.error.issues.slice(0, 3) });
      return false;
    }
    return handle(tx, result.data, event);
  };
}

/** What orders does with each event it consumes (docs/commerce-flow.md, "Who consumes what"). */
export function orderHandlers(logger: Logger): Record<string, Handler> {
  const product = parsed(
    incoming.productPayload,
    async (tx, { product: p }, event) => {
      const variants = new Map(
        (p.variants ?? []).map((v) => [
          v.id,
          {
            variantId: v.id,
            productId: p.id,
            sku: v.sku,
            productName: p.name,
            variantName: v.name,
            categoryId: p.categoryId ?? null,
            categoryName: p.categoryName ?? null,
            priceMinor: v.priceMinor,
            currencyCode: v.currencyCode ?? p.currencyCode,
          },
        ]),
      );
      await catalogWrites(tx).applyProduct([...variants.values()], event.occurredAt);
      return false;
    },
    logger,
  );
  return {
    [incoming.PRODUCT_CREATED]: product,
    [incoming.PRODUCT_UPDATED]: product,
    [incoming.STOCK_CHANGED]: parsed(
      incoming.stockChangedPayload,
      async (tx, payload, event) => {
        const levels = new Map((payload.variants ?? []).map((v) => [v.variantId, { variantId: v.variantId, available: Math.max(0, v.available) }]));
        await catalogWrites(tx).applyAvailability([...levels.values()], event.occurredAt);
        return false;
      },
      logger,
    ),
    [incoming.INVENTORY_RESERVED]: parsed(
      incoming.reservedPayload,
      (tx, { orderId }) => move(tx, { orderId, status: { from: ['PENDING'], to: 'RESERVED' }, reason: 'Stock reserved.' }),
      logger,
    ),
    [incoming.RESERVATION_FAILED]: parsed(
      incoming.reservationFailedPayload,
      async (tx, { orderId, shortages }) => {
        const lines = await tx.select({ variantId: orderLines.variantId, sku: orderLines.sku }).from(orderLines).where(eq(orderLines.orderId, orderId));
        const reason = outOfStockReason(shortages, (variantId) => lines.find((l) => l.variantId === variantId)?.sku);
        // Payments never asks for money before a reservation: nothing was or will be taken.
        return move(tx, { orderId, status: { from: ['PENDING'], to: 'OUT_OF_STOCK' }, financial: NOTHING_TAKEN, reason });
      },
      logger,
    ),
    [incoming.INVENTORY_RELEASED]: parsed(
      incoming.releasedPayload,
      // Releases after a cancellation or a failed payment follow our own order.updated; only an
      // expired reservation is news.
      async (tx, { orderId, reason }) =>
        reason === 'EXPIRED' &&
        move(tx, {
          orderId,
          status: { from: ['PENDING', 'RESERVED', 'ON_HOLD'], to: 'CANCELLED' },
          financial: NOTHING_TAKEN,
          reason: RESERVATION_EXPIRED_REASON,
        }),
      logger,
    ),
    [incoming.PAYMENT_AUTHORIZED]: parsed(
      incoming.paymentAuthorizedPayload,
      (tx, { orderId }) => afterReservation(tx, { orderId, financial: { from: ['PENDING'], to: 'AUTHORIZED' }, reason: 'Payment authorised.' }),
      logger,
    ),
    [incoming.PAYMENT_CAPTURED]: parsed(
      incoming.paymentCapturedPayload,
      // The money moves even when the order was cancelled meanwhile (a capture that raced the
      // cancellation: payments refunds it, and payment.refunded follows).
      (tx, { orderId }) =>
        afterReservation(tx, {
          orderId,
          status: { from: ['RESERVED'], to: 'CONFIRMED', optional: true },
          financial: { from: ['PENDING', 'AUTHORIZED', 'VOIDED'], to: 'PAID', optional: true },
          reason: 'Payment captured.',
        }),
      logger,
    ),
    [incoming.PAYMENT_FAILED]: parsed(
      incoming.paymentFailedPayload,
      (tx, { orderId, code, message }) =>
        afterReservation(tx, {
          orderId,
          status: { from: ['RESERVED'], to: 'PAYMENT_FAILED', optional: true },
          financial: { from: ['PENDING', 'AUTHORIZED'], to: 'DECLINED', optional: true },
          reason: paymentFailedReason(code, message),
        }),
      logger,
    ),
    [incoming.ORDER_RISK_ASSESSED]: parsed(
      incoming.riskAssessedPayload,
      // Kept on the order (no status change) so that its order.updated events carry the risk.
      async (tx, { orderId, score, level, reasons, assessedAt }) => {
        await tx.update(orders).set({ risk: { score, level, reasons, assessedAt } }).where(eq(orders.id, orderId));
        return false;
      },
      logger,
    ),
    [incoming.PAYMENT_HELD]: parsed(
      incoming.paymentHeldPayload,
      async (tx, { orderId, risk }) => {
        // The hold's own order.updated carries the risk even if order.risk_assessed is still on its way.
        const level = risk.level as 'LOW' | 'MEDIUM' | 'HIGH';
        await tx
          .update(orders)
          .set({ risk: sql`coalesce(${orders.risk}, ${JSON.stringify({ ...risk, level, assessedAt: new Date().toISOString() })}::jsonb)` })
          .where(eq(orders.id, orderId));
        return afterReservation(tx, {
          orderId,
          status: { from: ['RESERVED'], to: 'ON_HOLD' },
          financial: { from: ['PENDING'], to: 'AUTHORIZED', optional: true },
          reason: heldForReviewReason(risk),
        });
      },
      logger,
    ),
    [incoming.PAYMENT_VOIDED]: parsed(
      incoming.paymentVoidedPayload,
      (tx, { orderId }) => move(tx, { orderId, financial: { from: ['PENDING', 'AUTHORIZED'], to: 'VOIDED' }, reason: 'Payment authorisation voided.' }),
      logger,
    ),
    [incoming.PAYMENT_REFUNDED]: parsed(
      incoming.paymentRefundedPayload,
      // Only the money moves: a shipped order stays shipped, a cancelled one cancelled.
      (tx, p) =>
        move(tx, {
          orderId: p.orderId,
          financial: { from: REFUNDABLE_FINANCIAL_STATUSES, to: p.fullyRefunded ? 'REFUNDED' : 'PARTIALLY_REFUNDED' },
          reason: (order) => refundReason(p.amountMinor, p.refundedTotalMinor, p.capturedMinor, order.currencyCode),
          refund: p.refundId ? { refundId: p.refundId, amountMinor: p.amountMinor, refundedTotalMinor: p.refundedTotalMinor } : undefined,
        }),
      logger,
    ),
  };
}

/**
 * One subscription for the whole subgraph (a consumer group hands each event to one member).
 * Each event is handled once: its id is recorded in processed_events in the same transaction as
 * its effects. `onChange` runs after a commit that appended order.updated, before the event is
 * acknowledged (it publishes the new event).
 */
export function startOrderConsumer(options: {
  bus: EventBus;
  db: Database<OrdersSchema>;
  logger: Logger;
  onChange?: () => Promise<void>;
  /** Called with the order of a repeated inventory.reserved: inventory re-drives a reservation still ACTIVE past its deadline. */
  redrive?: (orderId: string) => Promise<void>;
}): Promise<EventSubscription> {
  const handlers = orderHandlers(options.logger);
  return options.bus.subscribe(
    CONSUMER_GROUP,
    async (event) => {
      const handler = handlers[event.type];
      if (!handler) return;
      let changed = false;
      const first = await handleOnce(options.db, processedEvents, event, async (tx) => {
        changed = await handler(tx as unknown as Tx, event);
      });
      if (changed) await options.onChange?.();
      const orderId = (event.payload as { orderId?: unknown } | null)?.orderId;
      if (!first && event.type === incoming.INVENTORY_RESERVED && typeof orderId === 'string') await options.redrive?.(orderId);
    },
    { types: Object.keys(handlers) },
  );
}
