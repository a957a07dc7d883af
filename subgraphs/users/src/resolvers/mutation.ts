import type { MutationResolvers } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import type { AuthResult } from '../services/auth-service';

/** The caller who just proved who they are may see their own account in the same response. */
const asSelf = (ctx: Context) => (result: AuthResult) => {
  if (result.user) ctx.authenticatedUsers.add(result.user.id);
  return result;
};

export const Mutation: MutationResolvers = {
  register: (_, { input }, ctx) => ctx.auth.register(input).then(asSelf(ctx)),
  login: (_, { email, password }, ctx) => ctx.auth.login(email, password).then(asSelf(ctx)),
};
