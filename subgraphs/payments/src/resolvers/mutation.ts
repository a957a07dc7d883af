import type { MutationResolvers } from '../__generated__/resolvers-types';

export const Mutation: MutationResolvers = {
  // The service checks the role (ADMIN) and the input; business refusals come back as userErrors.
  refundPayment: (_, { input, idempotencyKey }, { identity, refunds }) => refunds.refundPayment(input, idempotencyKey, identity),
};
