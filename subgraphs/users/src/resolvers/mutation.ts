import type { Context } from '../context';

export const Mutation = {
  register: (_: unknown, { input }: { input: { email: string; password: string; name: string } }, { auth }: Context) => auth.register(input),
  login: (_: unknown, args: { email: string; password: string }, { auth }: Context) => auth.login(args.email, args.password),
};
