import { forbidden, isAdmin, unauthenticated, type Identity } from '@shop/kit';
import type { MutationResolvers } from '../__generated__/resolvers-types';

/** The catalogue is edited by admins only. */
function requireAdmin(identity: Identity) {
  if (!identity.userId) throw unauthenticated();
  if (!isAdmin(identity)) throw forbidden('Only admins can change the catalogue.');
}

export const Mutation: MutationResolvers = {
  createProduct: (_, { input }, { identity, admin }) => {
    requireAdmin(identity);
    return admin.create(input);
  },
  updateProduct: (_, { id, input }, { identity, admin }) => {
    requireAdmin(identity);
    return admin.update(id, input);
  },
};
