/**
 * How many credential attempts an account and a client address get. Sign-in and refresh count
 * only failures (a success gives its attempt back), so a shopper who types the password right is
 * never slowed; registration counts every attempt, since each success is a new account.
 * Refresh has no per-account limit: its credential is a 256-bit random token, not a guessable
 * password, and the account is known only once the token matched.
 */
export type ThrottledAction = 'login' | 'register' | 'refresh';
export type ThrottleSubject = 'account' | 'ip';

export interface AttemptPolicy {
  attempts: number;
  windowSeconds: number;
  /** Only failed attempts spend (successes are given back). */
  failuresOnly: boolean;
}

export type ThrottlePolicies = Record<ThrottledAction, Partial<Record<ThrottleSubject, AttemptPolicy>>>;

export const DEFAULT_THROTTLE_POLICIES: ThrottlePolicies = {
  login: {
    account: { attempts: 5, windowSeconds: 15 * 60, failuresOnly: true },
    ip: { attempts: 20, windowSeconds: 15 * 60, failuresOnly: true },
  },
  register: {
    account: { attempts: 5, windowSeconds: 15 * 60, failuresOnly: false },
    ip: { attempts: 10, windowSeconds: 60 * 60, failuresOnly: false },
  },
  refresh: {
    ip: { attempts: 30, windowSeconds: 15 * 60, failuresOnly: true },
  },
};

const WHAT: Record<ThrottledAction, string> = { login: 'failed sign-ins', register: 'registrations', refresh: 'failed token refreshes' };

/** The userError a refused attempt gets: a stable code and when to try again. */
export const tooManyAttempts = (action: ThrottledAction, retryAfterSeconds: number) => ({
  code: 'TOO_MANY_ATTEMPTS' as const,
  message: `Too many ${WHAT[action]} for this account or address. Try again in ${retryAfterSeconds} seconds.`,
  field: null,
  retryAfterSeconds,
});
