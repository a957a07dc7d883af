import { DEMO_SECRETS, postgresEnv } from '@shop/kit';
import { runSubgraph } from '@shop/stores';
import { z } from 'zod';
import { mailEnv, mailSettings, startUsersSubgraph } from './app';
import { DEFAULT_REFRESH_TOKEN_TTL_SECONDS } from './domain/refresh-tokens';
import { webhookEnv, webhookSettings } from './webhooks/config';

runSubgraph(process.env, {
  name: 'users',
  port: 4001,
  env: {
    ...postgresEnv,
    JWT_SECRET: z.string().min(32).default(DEMO_SECRETS.JWT_SECRET),
    JWT_ISSUER: z.string().default('shop-users'),
    JWT_AUDIENCE: z.string().default('shop-api'),
    JWT_TTL_SECONDS: z.coerce.number().int().positive().default(900),
    REFRESH_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().default(DEFAULT_REFRESH_TOKEN_TTL_SECONDS),
    ...webhookEnv,
    ...mailEnv,
  },
  start: ({ config, runtime, bus, dataDir }) =>
    startUsersSubgraph({
      ...runtime,
      databaseUrl: config.DATABASE_URL,
      redisUrl: config.REDIS_URL,
      dataDir,
      bus,
      mail: mailSettings(config),
      tokens: {
        secret: config.JWT_SECRET,
        issuer: config.JWT_ISSUER,
        audience: config.JWT_AUDIENCE,
        ttlSeconds: config.JWT_TTL_SECONDS,
        refreshTtlSeconds: config.REFRESH_TOKEN_TTL_SECONDS,
      },
      webhooks: webhookSettings(config, Boolean(runtime.production)),
    }),
});
