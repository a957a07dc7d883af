import { badInput } from '@shop/kit';
import { subscribeMany } from '@shop/stores';
import type { SubscriptionResolvers } from '../__generated__/resolvers-types';
import { ALL_STOCK_TOPIC, LOW_STOCK_TOPIC, stockTopic } from '../events/live-stock';
import type { LowStockPayload, StockChangedPayload } from '../events/inventory-events';
import { requireStaff } from './guards';

const MAX_PRODUCTS = 100;

export const Subscription: SubscriptionResolvers = {
  inventoryChanged: {
    subscribe: (_parent, { productIds }, { identity, pubsub }) => {
      if (productIds == null) {
        requireStaff(identity, 'the stock of every product');
        return pubsub.subscribe<StockChangedPayload>(ALL_STOCK_TOPIC);
      }
      if (productIds.length === 0 || productIds.length > MAX_PRODUCTS) throw badInput(`productIds must name 1 to ${MAX_PRODUCTS} products.`, 'productIds');
      return subscribeMany<StockChangedPayload>(pubsub, productIds.map(stockTopic));
    },
    resolve: (payload: StockChangedPayload) => payload,
  },
  lowStockAlerts: {
    subscribe: (_parent, _args, { identity, pubsub }) => {
      requireStaff(identity, 'low-stock alerts');
      return pubsub.subscribe<LowStockPayload>(LOW_STOCK_TOPIC);
    },
    resolve: (payload: LowStockPayload) => payload,
  },
};
