import { ConfigError, createLogger } from '@shop/kit';
import { describe, expect, it } from 'vitest';
import { gatewayServerOptions, loadGatewayConfig } from '../src';

/** The rate-limit and load-shedding keys of the gateway's one environment schema, as both entry points map them. */
describe('gateway limits configuration', () => {
  const logger = createLogger('silent');
  const options = (env: Record<string, string>) => gatewayServerOptions(loadGatewayConfig(env), logger);

  it('defaults to a 1000-point bucket restored at 50/s, 256 operations in flight, no trusted proxy, buckets in process', () => {
    expect(options({})).toMatchObject({
      rateLimit: { capacity: 1000, restorePerSecond: 50 },
      maxInFlight: 256,
      trustedProxies: 0,
      redisUrl: undefined,
      rateLimitKeyPrefix: 'shop:ratelimit',
    });
  });

  it('maps every key, REDIS_URL included, and turns rate limiting off with capacity 0', () => {
    const env = { RATE_LIMIT_CAPACITY: '200', RATE_LIMIT_RESTORE_PER_SECOND: '10', MAX_IN_FLIGHT: '32', TRUST_PROXY: '1', REDIS_URL: 'redis://127.0.0.1:6379' };
    expect(options(env)).toMatchObject({
      rateLimit: { capacity: 200, restorePerSecond: 10 },
      maxInFlight: 32,
      trustedProxies: 1,
      redisUrl: 'redis://127.0.0.1:6379',
    });
    expect(options({ RATE_LIMIT_CAPACITY: '0' }).rateLimit).toBe(false);
  });

  it('lists every bad value at once', () => {
    const bad = () => loadGatewayConfig({ RATE_LIMIT_RESTORE_PER_SECOND: '0', MAX_IN_FLIGHT: 'lots', TRUST_PROXY: '-1' });
    expect(bad).toThrow(ConfigError);
    try {
      bad();
    } catch (error) {
      expect((error as ConfigError).problems.map((p) => p.split(':')[0])).toEqual(['RATE_LIMIT_RESTORE_PER_SECOND', 'MAX_IN_FLIGHT', 'TRUST_PROXY']);
    }
  });
});
