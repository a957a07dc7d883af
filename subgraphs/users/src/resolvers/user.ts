import { forbidden, isStaff } from '@shop/kit';
import type { Context } from '../context';
import type { UserRow } from '../db/user-store';

/**
 * A user's email and addresses are personal: visible to the user and to staff. Other subgraphs
 * may still reference any user (e.g. an order's customer name for an admin).
 */
const ownerOrStaff = (user: UserRow, { identity }: Context) => {
  if (identity.userId !== user.id && !isStaff(identity)) throw forbidden('This field is visible to the account owner and staff only.');
};

export const User = {
  __resolveReference: (ref: { id: string }, { loaders }: Context) => loaders.userById.load(ref.id),
  email: (user: UserRow, _: unknown, ctx: Context) => {
    ownerOrStaff(user, ctx);
    return user.email;
  },
  addresses: (user: UserRow, _: unknown, ctx: Context) => {
    ownerOrStaff(user, ctx);
    return ctx.loaders.addressesByUser.load(user.id);
  },
  createdAt: (user: UserRow) => new Date(user.createdAt).toISOString(),
};
