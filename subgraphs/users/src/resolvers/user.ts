import { isStaff } from '@shop/kit';
import type { UserResolvers } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import type { UserRow } from '../db/user-store';

/**
 * Email and addresses are personal: shown to the account owner (including the caller who just
 * registered or logged in as this user) and to staff, null for everyone else. Other subgraphs may
 * still reference any user, e.g. to show an order's customer name.
 */
const canSeePrivate = (user: UserRow, ctx: Context) => ctx.identity.userId === user.id || isStaff(ctx.identity) || ctx.authenticatedUsers.has(user.id);

export const User: UserResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.userById.load(ref.id),
  email: (user, _, ctx) => (canSeePrivate(user, ctx) ? user.email : null),
  addresses: (user, _, ctx) => (canSeePrivate(user, ctx) ? ctx.loaders.addressesByUser.load(user.id) : null),
  createdAt: (user) => new Date(user.createdAt).toISOString(),
};
