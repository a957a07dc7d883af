import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  order: (_, { id }, { orders }) => orders.order(id),
  orders: (_, args, { orders }) => orders.list(args),
  cart: (_, { id }, { carts }) => carts.cart(id),
  myCart: (_, __, { carts }) => carts.myCart(),
  salesSummary: (_, { from, to, currencyCode }, { sales }) => sales.summary(from, to, currencyCode),
};
