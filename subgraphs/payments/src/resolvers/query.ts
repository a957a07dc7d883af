import { unauthenticated } from '@shop/kit';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  // The loader is scoped to the caller: someone else's payment is not found, hence null.
  payment: (_, { id }, { identity, loaders }) => {
    if (!identity.userId) throw unauthenticated();
    return loaders.paymentById.load(id);
  },
};
