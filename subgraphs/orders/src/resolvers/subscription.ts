import type { SubscriptionResolvers } from '../__generated__/resolvers-types';
import type { OrderUpdateEvent } from '../events/live-orders';

/** Access is checked in `subscribe`, before any event: a refused client gets the error and nothing else. */
export const Subscription: SubscriptionResolvers = {
  orderUpdated: {
    subscribe: (_parent, { orderId, sinceVersion }, { tracking }) => tracking.orderUpdated(orderId, sinceVersion),
    resolve: (update: OrderUpdateEvent) => update,
  },
  ordersUpdated: {
    subscribe: (_parent, { after }, { tracking }) => tracking.ordersUpdated(after),
    resolve: (update: OrderUpdateEvent) => update,
  },
};
