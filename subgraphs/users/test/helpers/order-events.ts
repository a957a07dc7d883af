import { newEvent, type DomainEvent } from '@shop/stores';

/** order.updated v1 as orders publishes it (subgraphs/orders/src/events/order-events.ts), for one customer. */
const base = (customerId: string, number: string) => ({
  orderId: `ord_${number}`,
  number,
  customerId,
  reason: null,
  version: 1,
  totalMinor: 5498,
  currencyCode: 'USD',
});

export const confirmed = (customerId: string, number = 'SO-1001'): DomainEvent =>
  newEvent('order.updated', {
    ...base(customerId, number),
    status: 'CONFIRMED',
    previousStatus: 'RESERVED',
    fulfillmentStatus: 'UNFULFILLED',
    previousFulfillmentStatus: 'UNFULFILLED',
    financialStatus: 'PAID',
    previousFinancialStatus: 'AUTHORIZED',
    confirmation: {
      lines: [
        { sku: 'MUG-BLK', productName: 'Enamel <Camp> Mug', quantity: 2, unitPriceMinor: 1500 },
        { sku: 'TEE-M', productName: 'Trail T-shirt', quantity: 1, unitPriceMinor: 1999 },
      ],
      subtotalMinor: 4999,
      shippingMinor: 499,
      taxMinor: 0,
    },
  });

export const shipped = (customerId: string, number = 'SO-1001'): DomainEvent =>
  newEvent('order.updated', {
    ...base(customerId, number),
    status: 'FULFILLED',
    previousStatus: 'CONFIRMED',
    fulfillmentStatus: 'FULFILLED',
    previousFulfillmentStatus: 'UNFULFILLED',
    financialStatus: 'PAID',
    previousFinancialStatus: 'PAID',
    shipment: { carrier: 'UPS', trackingNumber: '1Z999AA10123456784', shippedAt: new Date().toISOString() },
  });

export const refunded = (customerId: string, amountMinor: number, refundedTotalMinor: number, number = 'SO-1001'): DomainEvent =>
  newEvent('order.updated', {
    ...base(customerId, number),
    status: 'FULFILLED',
    previousStatus: 'FULFILLED',
    fulfillmentStatus: 'FULFILLED',
    previousFulfillmentStatus: 'FULFILLED',
    financialStatus: refundedTotalMinor >= 5498 ? 'REFUNDED' : 'PARTIALLY_REFUNDED',
    previousFinancialStatus: 'PAID',
    refund: { refundId: `ref_${refundedTotalMinor}`, amountMinor, refundedTotalMinor },
  });
