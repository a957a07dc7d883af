import type { DemoProduct, DemoVariant } from '@shop/demo-data';
import { newEvent, type DomainEvent } from '@shop/stores';

/** Events other subgraphs publish, as docs/commerce-flow.md shapes them (what orders consumes). */

export const productCreated = (
  product: Pick<DemoProduct, 'id' | 'name' | 'currencyCode'> & { categoryId?: string; variants: Omit<DemoVariant, 'costMinor'>[] },
  type = 'product.created',
) =>
  newEvent(type, {
    product: {
      id: product.id,
      name: product.name,
      currencyCode: product.currencyCode,
      ...(product.categoryId ? { categoryId: product.categoryId, categoryName: `Category ${product.categoryId}` } : {}),
      priceMinor: Math.min(...product.variants.map((v) => v.priceMinor)),
      variants: product.variants.map((v) => ({ id: v.id, sku: v.sku, name: v.name, priceMinor: v.priceMinor, currencyCode: product.currencyCode })),
    },
  });

export const stockChanged = (productId: string, variants: { variantId: string; available: number }[]) =>
  newEvent('inventory.stock_changed', {
    productId,
    available: variants.reduce((n, v) => n + v.available, 0),
    inStock: variants.some((v) => v.available > 0),
    variants,
  });

export const reserved = (orderId: string) =>
  newEvent('inventory.reserved', { orderId, reservationId: `rsv_${orderId}`, expiresAt: new Date(Date.now() + 900_000).toISOString(), allocations: [] });

export const reservationFailed = (orderId: string, shortages: { variantId: string; requested: number; available: number }[]) =>
  newEvent('inventory.reservation_failed', { orderId, reason: 'OUT_OF_STOCK', shortages });

export const released = (orderId: string, reason: 'EXPIRED' | 'ORDER_CANCELLED' | 'PAYMENT_FAILED') =>
  newEvent('inventory.released', { orderId, reservationId: `rsv_${orderId}`, reason });

export const authorized = (orderId: string, amountMinor: number) =>
  newEvent('payment.authorized', { orderId, paymentId: `pay_${orderId}`, amountMinor, currencyCode: 'USD' });

export const voided = (orderId: string) => newEvent('payment.voided', { orderId, paymentId: `pay_${orderId}` });

export const captured = (orderId: string, amountMinor: number) =>
  newEvent('payment.captured', { orderId, paymentId: `pay_${orderId}`, amountMinor, currencyCode: 'USD' });

export const paymentFailed = (orderId: string, code = 'CARD_DECLINED') =>
  newEvent('payment.failed', { orderId, paymentId: `pay_${orderId}`, code, message: 'The card was declined.' });

export const refunded = (orderId: string, amountMinor: number, refundedTotalMinor: number, capturedMinor: number) =>
  newEvent('payment.refunded', {
    orderId,
    paymentId: `pay_${orderId}`,
    refundId: `ref_${refundedTotalMinor}`,
    amountMinor,
    refundedTotalMinor,
    capturedMinor,
    fullyRefunded: refundedTotalMinor >= capturedMinor,
  });

/** Collects what a bus delivers, by type. */
export function recorder() {
  const events: DomainEvent[] = [];
  return {
    events,
    handler: async (event: DomainEvent) => void events.push(event),
    of: <P = Record<string, unknown>>(type: string, match: (payload: P) => boolean = () => true) =>
      events.filter((e) => e.type === type && match(e.payload as P)) as DomainEvent<P>[],
  };
}

/** ai's verdict on a checkout order. */
export const riskAssessed = (orderId: string, level: 'LOW' | 'MEDIUM' | 'HIGH', score: number) =>
  newEvent('order.risk_assessed', {
    orderId,
    customerId: 'usr_any',
    score,
    level,
    reasons: level === 'HIGH' ? [{ code: 'CARD_TESTING', message: '4 declined attempts in the last hour on 5 cards' }] : [],
    assessedAt: new Date().toISOString(),
  });

/** payments holds an authorised HIGH risk payment for review. */
export const held = (orderId: string, amountMinor: number) =>
  newEvent('payment.held', {
    orderId,
    paymentId: `pay_${orderId}`,
    amountMinor,
    currencyCode: 'USD',
    risk: { score: 0.93, level: 'HIGH', reasons: [{ code: 'CARD_TESTING', message: '4 declined attempts in the last hour on 5 cards' }] },
  });
