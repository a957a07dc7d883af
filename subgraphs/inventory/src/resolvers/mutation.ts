import type { MutationResolvers } from '../__generated__/resolvers-types';
import { requireAdmin } from './guards';

export const Mutation: MutationResolvers = {
  adjustStock: (_, { input, idempotencyKey }, { identity, stock }) => {
    requireAdmin(identity, 'adjust stock');
    return stock.adjustStock(input, idempotencyKey, identity.userId);
  },
};
