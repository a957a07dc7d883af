import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * The query-cost bucket: `capacity` points, restored at `restorePerSecond` (Shopify's GraphQL
 * Admin API uses 1000 and 50). rate-limiter-flexible counts in windows rather than dripping, so
 * the bucket is two limiters: a window of `restorePerSecond` points per second that is spent
 * first, and a burst reserve of `capacity` points per `capacity / restorePerSecond` seconds that
 * takes over when the second's share is gone. A steady client at the restore rate never touches
 * the reserve; a burst of `capacity` passes at once; over any span T it lets through at most
 * `capacity + restorePerSecond × T`, which is what a token bucket allows.
 */
export interface CostPolicy {
  capacity: number;
  restorePerSecond: number;
}

export const DEFAULT_COST_POLICY: CostPolicy = { capacity: 1000, restorePerSecond: 50 };

/** What one spend (or peek) tells the caller and the RateLimit-* headers. */
export interface BucketState {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the points spent so far are back. */
  resetSeconds: number;
  /** When refused: seconds until this cost could pass. */
  retryAfterSeconds: number;
  /** The RateLimit-Policy value: capacity over the reserve's window. */
  policy: string;
}

export interface CostLimiter {
  spend(key: string, cost: number): Promise<BucketState>;
  peek(key: string): Promise<BucketState>;
}

/** Any client rate-limiter-flexible drives with `useRedisPackage` (node-redis v4+). */
export type RedisStoreClient = object;

export function createCostLimiter(options: { policy: CostPolicy; redis?: RedisStoreClient; keyPrefix?: string }): CostLimiter {
  const { capacity, restorePerSecond } = options.policy;
  const windowSeconds = Math.max(1, Math.ceil(capacity / restorePerSecond));
  const prefix = options.keyPrefix ?? 'shop:ratelimit';
  const make = (name: string, points: number, duration: number): RateLimiterAbstract => {
    const memory = new RateLimiterMemory({ points, duration, keyPrefix: `${prefix}:${name}` });
    if (!options.redis) return memory;
    // When Redis is unreachable each process keeps counting on its own rather than failing requests.
    return new RateLimiterRedis({
      storeClient: options.redis,
      useRedisPackage: true,
      points,
      duration,
      keyPrefix: `${prefix}:${name}`,
      // While the client reconnects, count in memory at once instead of queueing until Redis is back.
      rejectIfRedisNotReady: true,
      insuranceLimiter: memory,
    });
  };
  const second = make('second', restorePerSecond, 1);
  const reserve = make('reserve', capacity, windowSeconds);
  const policy = `"cost";q=${capacity};w=${windowSeconds}`;

  const state = (allowed: boolean, cost: number, s: RateLimiterRes | null, r: RateLimiterRes | null): BucketState => {
    // The bucket's level is the reserve: a caller within the restore rate keeps it full.
    const remaining = r ? Math.max(0, r.remainingPoints) : capacity;
    const reserveMs = r && r.consumedPoints > 0 ? r.msBeforeNext : 0;
    const secondMs = s && s.consumedPoints > 0 ? s.msBeforeNext : 0;
    // A cost within the restore rate passes again next second; a larger one waits for the reserve.
    const retryMs = cost <= restorePerSecond ? secondMs : reserveMs;
    return {
      allowed,
      limit: capacity,
      remaining,
      resetSeconds: Math.ceil(Math.max(reserveMs, secondMs) / 1000),
      retryAfterSeconds: Math.max(1, Math.ceil(retryMs / 1000)),
      policy,
    };
  };

  /** A refused consume still counts in rate-limiter-flexible; give those points back so Remaining stays true. */
  const attempt = async (limiter: RateLimiterAbstract, key: string, points: number) => {
    try {
      return { ok: true as const, res: await limiter.consume(key, points) };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const res = await limiter.reward(key, points);
      return { ok: false as const, res };
    }
  };

  return {
    async spend(key, rawCost) {
      const cost = Math.min(capacity, Math.max(1, Math.ceil(rawCost)));
      const [fromSecond, reserveBefore] = await Promise.all([attempt(second, key, cost), reserve.get(key)]);
      if (fromSecond.ok) return state(true, cost, fromSecond.res, reserveBefore);
      const fromReserve = await attempt(reserve, key, cost);
      return state(fromReserve.ok, cost, fromSecond.res, fromReserve.res);
    },
    async peek(key) {
      const [s, r] = await Promise.all([second.get(key), reserve.get(key)]);
      return state(true, 1, s, r);
    },
  };
}
