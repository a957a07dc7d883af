import { forbidden, isStaff, unauthenticated } from '@shop/kit';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  me: (_, __, { identity, loaders }) => (identity.userId ? loaders.userById.load(identity.userId) : null),
  user: (_, { id }, { identity, loaders }) => {
    if (!identity.userId) throw unauthenticated();
    if (!isStaff(identity) && identity.userId !== id) throw forbidden('Only staff can look up other users.');
    return loaders.userById.load(id);
  },
};
