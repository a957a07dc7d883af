export { clientIp } from './client-ip';
export { estimateCost, type CostOf, type CostRequest } from './cost';
export { createCostLimiter, DEFAULT_COST_POLICY, type BucketState, type CostLimiter, type CostPolicy } from './cost-limiter';
export { InFlightLimit, SHED_RETRY_AFTER_SECONDS } from './in-flight';
export { RATE_LIMITED, rateLimitedMessage, rateLimitKey, rateLimitHeaders, useRateLimit, type RateLimitBook } from './rate-limit-plugin';

/** Code of the 503 a gateway answers when it already runs its maximum of operations. */
export const OVERLOADED = 'OVERLOADED';
