import { forbidden, isStaff, unauthenticated } from '@shop/kit';
import type { OrderResolvers } from '../__generated__/resolvers-types';

/** Orders owns the order; ai answers only for the risk assessment it made, so a reference is all it needs. */
export const Order: OrderResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  risk: (order, _, { identity, loaders }) => {
    if (!identity.userId) throw unauthenticated();
    if (!isStaff(identity)) throw forbidden('Only staff can see the risk assessment of an order.');
    return loaders.orderRisk.load(order.id);
  },
};
