import { forbidden, isAdmin, unauthenticated } from '@shop/kit';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import type { AuthResult } from '../services/auth-service';

/** The caller who just proved who they are may see their own account in the same response. */
const asSelf = (ctx: Context) => (result: AuthResult) => {
  if (result.user) ctx.authenticatedUsers.add(result.user.id);
  return result;
};

const signedIn = ({ identity }: Context) => {
  if (!identity.userId) throw unauthenticated();
  return identity.userId;
};

export const Mutation: MutationResolvers = {
  // Each call (each alias of a document) is one attempt against the caller's address and account.
  register: (_, { input }, ctx) => ctx.auth.register(input, ctx.identity.clientIp).then(asSelf(ctx)),
  login: (_, { email, password }, ctx) => ctx.auth.login(email, password, ctx.identity.clientIp).then(asSelf(ctx)),
  // The refresh token is the credential here: an expired access token must not stand in the way.
  refreshToken: (_, { refreshToken }, ctx) => ctx.auth.refresh(refreshToken, ctx.identity.clientIp).then(asSelf(ctx)),
  logout: (_, { refreshToken }, ctx) => ctx.sessions.logout(refreshToken),
  logoutEverywhere: (_, __, ctx) => ctx.sessions.logoutEverywhere(signedIn(ctx)),
  setUserRole: (_, { userId, role }, ctx) => {
    const actorId = signedIn(ctx);
    if (!isAdmin(ctx.identity)) throw forbidden('Only admins can change roles.');
    return ctx.roles.setUserRole(actorId, userId, role);
  },
};
