import type { Context } from '../context';
import type { AuthResult } from '../services/auth-service';

/** The caller who just proved who they are may see their own account in the same response. */
const asSelf = (ctx: Context) => (result: AuthResult) => {
  if (result.user) ctx.authenticatedUsers.add(result.user.id);
  return result;
};

export const Mutation = {
  register: (_: unknown, { input }: { input: { email: string; password: string; name: string } }, ctx: Context) => ctx.auth.register(input).then(asSelf(ctx)),
  login: (_: unknown, args: { email: string; password: string }, ctx: Context) => ctx.auth.login(args.email, args.password).then(asSelf(ctx)),
};
