import type { OrderUpdateResolvers } from '../__generated__/resolvers-types';

export const OrderUpdate: OrderUpdateResolvers = {
  // The order as it is now (an OrderUpdate of a replayed change still shows the current order).
  order: async (update, _args, { tracking }) => {
    const order = await tracking.current(update.orderId);
    if (!order) throw new Error(`order ${update.orderId} vanished`);
    return order;
  },
};
