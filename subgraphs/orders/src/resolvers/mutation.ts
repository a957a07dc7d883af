import type { MutationResolvers } from '../__generated__/resolvers-types';

export const Mutation: MutationResolvers = {
  addCartLine: (_, args, { cartCommands }) => cartCommands.addLine(args),
  updateCartLine: (_, args, { cartCommands }) => cartCommands.updateLine(args),
  removeCartLine: (_, args, { cartCommands }) => cartCommands.removeLine(args),
  mergeCart: (_, { cartId }, { cartCommands }) => cartCommands.merge(cartId),
  checkout: (_, { input, idempotencyKey }, { checkout }) => checkout.checkout(input, idempotencyKey),
  shipOrder: (_, { input }, { lifecycle }) => lifecycle.ship(input),
  markOrderDelivered: (_, { orderId }, { lifecycle }) => lifecycle.markDelivered(orderId),
  cancelOrder: (_, { orderId, reason }, { lifecycle }) => lifecycle.cancel(orderId, reason),
  approveOrder: (_, { id }, { lifecycle }) => lifecycle.approve(id),
  rejectOrder: (_, { id, reason }, { lifecycle }) => lifecycle.reject(id, reason),
};
