import { randomUUID } from 'node:crypto';
import { DEMO_CREDENTIALS } from '@shop/demo-data';
import type { UserStore } from '../db/user-store';
import { hashPassword, verifyPassword } from '../domain/password';
import { normaliseEmail, validateRegistration, type UserError } from '../domain/validation';
import { userRegistered } from '../events/user-events';
import { authFailure, type AuthResult, type SessionService } from './session-service';

export type { AuthResult } from './session-service';

const INVALID_CREDENTIALS: UserError = { code: 'INVALID_CREDENTIALS', message: 'Email or password is incorrect.', field: null };

/** A hash to compare against when the email is unknown, so both paths take the same time. */
let decoyHash: Promise<string> | undefined;

const DEMO_PASSWORDS = new Set<string>(Object.values(DEMO_CREDENTIALS).map((c) => c.password));

/**
 * Registration and password sign-in; both end in a new session (access + refresh token). In
 * production the published demo passwords never sign anyone in, even if such accounts exist.
 */
export function createAuthService(store: UserStore, sessions: SessionService, options: { production?: boolean } = {}) {
  return {
    async register(input: { email: string; password: string; name: string }): Promise<AuthResult> {
      const errors = validateRegistration(input);
      if (errors.length) return authFailure(errors);
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
      if (!created) return authFailure([{ code: 'EMAIL_TAKEN', message: 'An account with this email already exists.', field: 'email' }]);
      return sessions.start(user);
    },

    async login(emailInput: string, password: string): Promise<AuthResult> {
      if (options.production && DEMO_PASSWORDS.has(password)) return authFailure([INVALID_CREDENTIALS]);
      const user = await store.findByEmail(normaliseEmail(emailInput));
      if (!user) {
        decoyHash ??= hashPassword('decoy-password-1');
        await verifyPassword(password, await decoyHash);
        return authFailure([INVALID_CREDENTIALS]);
      }
      if (!(await verifyPassword(password, user.passwordHash))) return authFailure([INVALID_CREDENTIALS]);
      return sessions.start(user);
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
