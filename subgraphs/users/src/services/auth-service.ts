import { randomUUID } from 'node:crypto';
import { DEMO_CREDENTIALS } from '@shop/demo-data';
import type { UserStore, UserRow } from '../db/user-store';
import { hashPassword, verifyPassword } from '../domain/password';
import { signAccessToken, type TokenSettings } from '../domain/tokens';
import { userRegistered } from '../events/user-events';
import { normaliseEmail, validateRegistration, type UserError } from '../domain/validation';

export interface AuthResult {
  token: string | null;
  expiresAt: string | null;
  user: UserRow | null;
  userErrors: UserError[];
}

const failure = (userErrors: UserError[]): AuthResult => ({ token: null, expiresAt: null, user: null, userErrors });
const INVALID_CREDENTIALS: UserError = { code: 'INVALID_CREDENTIALS', message: 'Email or password is incorrect.', field: null };

/** A hash to compare against when the email is unknown, so both paths take the same time. */
let decoyHash: Promise<string> | undefined;

const DEMO_PASSWORDS = new Set<string>(Object.values(DEMO_CREDENTIALS).map((c) => c.password));

/** In production the published demo passwords never sign anyone in, even if such accounts exist. */
export function createAuthService(store: UserStore, tokens: TokenSettings, options: { production?: boolean } = {}) {
  return {
    async register(input: { email: string; password: string; name: string }): Promise<AuthResult> {
      const errors = validateRegistration(input);
      if (errors.length) return failure(errors);
      const email = normaliseEmail(input.email);
      const user = {
        id: `usr_${randomUUID()}`,
        email,
        name: input.name.trim(),
        role: 'CUSTOMER' as const,
        passwordHash: await hashPassword(input.password),
        createdAt: new Date().toISOString(),
      };
      const created = await store.create(user, [], [userRegistered({ userId: user.id, email, name: user.name })]);
      if (!created) return failure([{ code: 'EMAIL_TAKEN', message: 'An account with this email already exists.', field: 'email' }]);
      const { token, expiresAt } = await signAccessToken(tokens, user);
      return { token, expiresAt, user, userErrors: [] };
    },

    async login(emailInput: string, password: string): Promise<AuthResult> {
      if (options.production && DEMO_PASSWORDS.has(password)) return failure([INVALID_CREDENTIALS]);
      const user = await store.findByEmail(normaliseEmail(emailInput));
      if (!user) {
        decoyHash ??= hashPassword('decoy-password-1');
        await verifyPassword(password, await decoyHash);
        return failure([INVALID_CREDENTIALS]);
      }
      if (!(await verifyPassword(password, user.passwordHash))) return failure([INVALID_CREDENTIALS]);
      const { token, expiresAt } = await signAccessToken(tokens, user);
      return { token, expiresAt, user, userErrors: [] };
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
