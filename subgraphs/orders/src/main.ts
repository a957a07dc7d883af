import { postgresEnv } from '@shop/kit';
import { runSubgraph } from '@shop/stores';
import { z } from 'zod';
import { startOrdersSubgraph } from './app';
import { DEFAULT_CART_KEY_PREFIX, DEFAULT_CART_TTL_SECONDS } from './db/cart-store';
import { DEFAULT_SAGA_STEP_DEADLINE_MS } from './services/saga-sweeper';

runSubgraph(process.env, {
  name: 'orders',
  port: 4003,
  env: {
    ...postgresEnv,
    CART_TTL_SECONDS: z.coerce.number().int().min(60).default(DEFAULT_CART_TTL_SECONDS),
    CART_KEY_PREFIX: z.string().min(1).default(DEFAULT_CART_KEY_PREFIX),
    /** A checkout unchanged this long in PENDING/RESERVED has its events published again. */
    SAGA_STEP_DEADLINE_MS: z.coerce.number().int().min(100).default(DEFAULT_SAGA_STEP_DEADLINE_MS),
    /** Fault injection for the fault suite: kill -9 itself right after the first checkout commits. Refused in production. */
    CRASH_AFTER_CHECKOUT_COMMIT: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
  },
  start: ({ config, runtime, bus, pubsub, dataDir }) =>
    startOrdersSubgraph({
      ...runtime,
      databaseUrl: config.DATABASE_URL,
      dataDir,
      bus,
      pubsub,
      redisUrl: config.REDIS_URL,
      cartKeyPrefix: config.CART_KEY_PREFIX,
      cartTtlSeconds: config.CART_TTL_SECONDS,
      sagaStepDeadlineMs: config.SAGA_STEP_DEADLINE_MS,
      crashAfterCheckoutCommit: config.CRASH_AFTER_CHECKOUT_COMMIT,
    }),
});
