import { toMoney } from '@shop/kit';
import type { OrderResolvers } from '../__generated__/resolvers-types';

export const Order: OrderResolvers = {
  // Other subgraphs (payments) may name any order; the caller still sees only what they may read.
  __resolveReference: (ref, { orders }) => orders.visible(ref.id),
  customer: (order) => ({ id: order.customerId }),
  lines: (order, _, { orders }) => orders.lines(order),
  subtotal: (order) => toMoney(order.subtotalMinor, order.currencyCode),
  shipping: (order) => toMoney(order.shippingMinor, order.currencyCode),
  tax: (order) => toMoney(order.taxMinor, order.currencyCode),
  total: (order) => toMoney(order.totalMinor, order.currencyCode),
  shipment: (order) =>
    order.carrier && order.trackingNumber && order.shippedAt
      ? { carrier: order.carrier, trackingNumber: order.trackingNumber, shippedAt: order.shippedAt }
      : null,
  statusHistory: (order, _, { orders }) => orders.history(order),
};
