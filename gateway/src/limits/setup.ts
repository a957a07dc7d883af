import type { ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '@shop/kit';
import { openRedis, type RedisClientType } from '@shop/stores';
import type { GatewayContext } from '../context';
import { estimateCost, type CostOf } from './cost';
import { createCostLimiter, DEFAULT_COST_POLICY, type CostLimiter, type CostPolicy } from './cost-limiter';
import { InFlightLimit } from './in-flight';
import { rateLimitHeaders, useRateLimit } from './rate-limit-plugin';

export interface RateLimitOptions {
  /** The query-cost bucket per caller; default 1000 points restored at 50 per second. `false` turns rate limiting off. */
  rateLimit?: CostPolicy | false;
  /** Buckets live in this Redis (shared by every gateway replica); in this process when absent. */
  redisUrl?: string;
  /** Prefix of the bucket keys in Redis (tests give each run its own); default `shop:ratelimit`. */
  rateLimitKeyPrefix?: string;
  /** What an operation spends; default `estimateCost` (1 + 1 per selected field). */
  costOf?: CostOf;
  /** Operations this process works on at once (HTTP and graphql-ws queries); past it, 503 + Retry-After. Default 256. */
  maxInFlight?: number;
  /** Proxies in front of the gateway whose X-Forwarded-For entries are believed; default 0 (use the socket's address). */
  trustedProxies?: number;
}

export const DEFAULT_MAX_IN_FLIGHT = 256;

export interface RateLimits {
  limiter: CostLimiter | null;
  costOf: CostOf;
  /** True when no costOf was configured: operations spend the admission's calculated cost. */
  spendsAdmissionCost: boolean;
  plugin: ApolloServerPlugin<GatewayContext>;
  inFlight: InFlightLimit;
  trustedProxies: number;
  /** Puts a bucket's state on an answer given before Apollo (batch refused, bad token); spends nothing. */
  report(res: ServerResponse, key: string): Promise<void>;
  close(): Promise<void>;
}

/** Builds the limits the HTTP handler and the graphql-ws endpoint share, connecting to Redis when configured. */
export async function openRateLimits(options: RateLimitOptions, logger: Logger): Promise<RateLimits> {
  const policy = options.rateLimit === undefined ? DEFAULT_COST_POLICY : options.rateLimit;
  let redis: RedisClientType | undefined;
  if (policy && options.redisUrl) redis = await openRedis(options.redisUrl);
  if (policy && !options.redisUrl) logger.debug('rate limits are counted in this process (REDIS_URL is not set)');
  const limiter = policy ? createCostLimiter({ policy, redis, keyPrefix: options.rateLimitKeyPrefix }) : null;
  const costOf = options.costOf ?? estimateCost;
  return {
    limiter,
    costOf,
    spendsAdmissionCost: options.costOf === undefined,
    // Without a cost function of its own, an operation spends the admission's calculated cost.
    plugin: limiter ? useRateLimit(limiter, costOf, options.costOf === undefined) : {},
    inFlight: new InFlightLimit(options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT),
    trustedProxies: options.trustedProxies ?? 0,
    async report(res, key) {
      if (!limiter) return;
      for (const [name, value] of Object.entries(rateLimitHeaders(await limiter.peek(key)))) res.setHeader(name, value);
    },
    async close() {
      redis?.destroy();
    },
  };
}
