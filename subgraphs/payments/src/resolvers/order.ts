import type { OrderResolvers } from '../__generated__/resolvers-types';

/** Orders owns the order; payments only answers for its payments, so a reference is all it needs. */
export const Order: OrderResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  payments: (order, _, { loaders }) => loaders.paymentsByOrder.load(order.id),
};
