import { createHash } from 'node:crypto';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { DEFAULT_THROTTLE_POLICIES, type ThrottledAction, type ThrottlePolicies, type ThrottleSubject } from '../domain/throttle-policy';

/** The attempts one call took, to give back those that only failures should spend. */
export interface TakenAttempts {
  action: ThrottledAction;
  keys: { subject: ThrottleSubject; key: string }[];
}

export type TakeResult = { ok: true; taken: TakenAttempts } | { ok: false; retryAfterSeconds: number };

/**
 * Counts credential attempts per account and per client address (rate-limiter-flexible, in Redis
 * when a client is given so that every replica sees the same counts). An attempt is taken before
 * the password is checked, so concurrent attempts (50 aliases of one login in one document) each
 * spend one and cannot all slip through together.
 */
export interface AttemptThrottle {
  take(action: ThrottledAction, subjects: Partial<Record<ThrottleSubject, string | null | undefined>>): Promise<TakeResult>;
  /** The attempt succeeded: failure-only policies get their attempt back. */
  succeeded(taken: TakenAttempts): Promise<void>;
}

export function createAttemptThrottle(options: { redis?: object; keyPrefix?: string; policies?: ThrottlePolicies } = {}): AttemptThrottle {
  const policies = options.policies ?? DEFAULT_THROTTLE_POLICIES;
  const prefix = options.keyPrefix ?? 'shop:throttle';
  const limiters = new Map<string, RateLimiterAbstract>();
  const limiter = (action: ThrottledAction, subject: ThrottleSubject) => {
    const name = `${action}:${subject}`;
    let found = limiters.get(name);
    const policy = policies[action][subject];
    if (!found && policy) {
      const settings = { points: policy.attempts, duration: policy.windowSeconds, keyPrefix: `${prefix}:${name}` };
      const memory = new RateLimiterMemory(settings);
      found = options.redis
        ? new RateLimiterRedis({ ...settings, storeClient: options.redis, useRedisPackage: true, rejectIfRedisNotReady: true, insuranceLimiter: memory })
        : memory;
      limiters.set(name, found);
    }
    return found;
  };

  return {
    async take(action, subjects) {
      const taken: TakenAttempts = { action, keys: [] };
      for (const subject of ['account', 'ip'] as const) {
        // Emails are kept out of Redis key names: the account's counter is keyed by a digest.
        const raw = subjects[subject];
        const key = raw && subject === 'account' ? createHash('sha256').update(raw).digest('base64url') : raw;
        const l = key ? limiter(action, subject) : undefined;
        if (!l || !key) continue;
        try {
          await l.consume(key);
          taken.keys.push({ subject, key });
        } catch (rejection) {
          if (!(rejection instanceof RateLimiterRes)) throw rejection;
          // Refused: the counters it did spend on the way are given back, and the refusal itself is not counted.
          await l.reward(key);
          await Promise.all(taken.keys.map((t) => limiter(action, t.subject)!.reward(t.key)));
          return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
        }
      }
      return { ok: true, taken };
    },
    async succeeded(taken) {
      const giveBack = taken.keys.filter((t) => policies[taken.action][t.subject]?.failuresOnly);
      await Promise.all(giveBack.map((t) => limiter(taken.action, t.subject)!.reward(t.key)));
    },
  };
}
