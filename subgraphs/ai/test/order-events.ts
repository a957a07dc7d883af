import type { DemoOrder } from '@shop/demo-data';
import { newEvent, type DomainEvent } from '@shop/stores';
import type { OrderCreatedPayload } from '../src/events/order-created';

/** order.created of a demo-history order, as orders publishes it when it seeds: dated when it was placed. */
export const historyOrderCreated = (o: DemoOrder): DomainEvent<OrderCreatedPayload & { source: 'history' }> => ({
  ...newEvent('order.created', {
    orderId: o.id,
    number: o.number,
    customerId: o.customerId,
    currencyCode: o.currencyCode,
    totalMinor: o.totalMinor,
    createdAt: o.createdAt,
    lines: o.lines.map((l) => ({ productId: l.productId, variantId: l.variantId, sku: l.sku, quantity: l.quantity, unitPriceMinor: l.unitPriceMinor })),
    source: 'history' as const,
  }),
  occurredAt: o.createdAt,
});

export interface CheckoutShape {
  orderId: string;
  number: string;
  customerId: string;
  totalMinor: number;
  last4: string;
  country: string;
}

/** order.created of a checkout, as orders publishes it (card token, brand, last four, shipping country). */
export const checkoutOrderCreated = (c: CheckoutShape): DomainEvent =>
  newEvent('order.created', {
    orderId: c.orderId,
    number: c.number,
    customerId: c.customerId,
    currencyCode: 'USD',
    totalMinor: c.totalMinor,
    createdAt: new Date().toISOString(),
    lines: [{ productId: 'prd_0001', variantId: 'var_0001_1', sku: 'SKU', quantity: 1, unitPriceMinor: c.totalMinor }],
    source: 'checkout',
    status: 'PENDING',
    payment: { token: 'tok', brand: 'VISA', last4: c.last4 },
    shippingCountry: c.country,
  });
