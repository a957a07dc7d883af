import { forbidden, isStaff, unauthenticated } from '@shop/kit';
import type { Context } from '../context';

export const Query = {
  me: (_: unknown, __: unknown, { identity, loaders }: Context) => (identity.userId ? loaders.userById.load(identity.userId) : null),
  user: (_: unknown, { id }: { id: string }, { identity, loaders }: Context) => {
    if (!identity.userId) throw unauthenticated();
    if (!isStaff(identity) && identity.userId !== id) throw forbidden('Only staff can look up other users.');
    return loaders.userById.load(id);
  },
};
