import type { UserResolvers } from '../__generated__/resolvers-types';

/** Users belong to the users subgraph; this one only adds their order history. */
export const User: UserResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  orders: (user, args, { orders }) => orders.ofCustomer(user.id, args),
};
