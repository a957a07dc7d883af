import { randomUUID } from 'node:crypto';
import { DEMO_CREDENTIALS } from '@shop/demo-data';
import type { UserStore } from '../db/user-store';
import { hashPassword, verifyPassword } from '../domain/password';
import { tooManyAttempts } from '../domain/throttle-policy';
import { normaliseEmail, validateRegistration, type UserError } from '../domain/validation';
import { userRegistered } from '../events/user-events';
import type { AttemptThrottle } from './attempt-throttle';
import { authFailure, type AuthResult, type SessionService } from './session-service';

export type { AuthResult } from './session-service';

const INVALID_CREDENTIALS: UserError = { code: 'INVALID_CREDENTIALS', message: 'Email or password is incorrect.', field: null };

/** A hash to compare against when the email is unknown, so both paths take the same time. */
let decoyHash: Promise<string> | undefined;

const DEMO_PASSWORDS = new Set<string>(Object.values(DEMO_CREDENTIALS).map((c) => c.password));

/**
 * Registration, password sign-in and token refresh; each ends in a new session (access + refresh
 * token). In production the published demo passwords never sign anyone in, even if such accounts
 * exist. Every attempt is first taken from the account's and the client address's allowance
 * (domain/throttle-policy.ts); a refused one answers TOO_MANY_ATTEMPTS without checking anything.
 */
export function createAuthService(store: UserStore, sessions: SessionService, throttle: AttemptThrottle, options: { production?: boolean } = {}) {
  return {
    async register(input: { email: string; password: string; name: string }, clientIp?: string | null): Promise<AuthResult> {
      const email = normaliseEmail(input.email);
      const gate = await throttle.take('register', { account: email, ip: clientIp });
      if (!gate.ok) return authFailure([tooManyAttempts('register', gate.retryAfterSeconds)]);
      const errors = validateRegistration(input);
      if (errors.length) return authFailure(errors);
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

    async login(emailInput: string, password: string, clientIp?: string | null): Promise<AuthResult> {
      const email = normaliseEmail(emailInput);
      const gate = await throttle.take('login', { account: email, ip: clientIp });
      if (!gate.ok) return authFailure([tooManyAttempts('login', gate.retryAfterSeconds)]);
      if (options.production && DEMO_PASSWORDS.has(password)) return authFailure([INVALID_CREDENTIALS]);
      const user = await store.findByEmail(email);
      if (!user) {
        decoyHash ??= hashPassword('decoy-password-1');
        await verifyPassword(password, await decoyHash);
        return authFailure([INVALID_CREDENTIALS]);
      }
      if (!(await verifyPassword(password, user.passwordHash))) return authFailure([INVALID_CREDENTIALS]);
      await throttle.succeeded(gate.taken);
      return sessions.start(user);
    },

    async refresh(refreshToken: string, clientIp?: string | null): Promise<AuthResult> {
      const gate = await throttle.take('refresh', { ip: clientIp });
      if (!gate.ok) return authFailure([tooManyAttempts('refresh', gate.retryAfterSeconds)]);
      const result = await sessions.refresh(refreshToken);
      if (result.user) await throttle.succeeded(gate.taken);
      return result;
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
