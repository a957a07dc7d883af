import path from 'node:path';
import { baseEnv, closeOnSignal, createLogger, DEMO_SECRETS, parseConfig, portEnv, postgresEnv, runMain } from '@shop/kit';
import { openEventBus } from '@shop/stores';
import { z } from 'zod';
import { startUsersSubgraph } from './app';

runMain(async () => {
  const config = parseConfig(
    {
      ...baseEnv,
      ...postgresEnv,
      PORT: portEnv(4001),
      JWT_SECRET: z.string().min(32).default(DEMO_SECRETS.JWT_SECRET),
      JWT_ISSUER: z.string().default('shop-users'),
      JWT_AUDIENCE: z.string().default('shop-api'),
      JWT_TTL_SECONDS: z.coerce.number().int().positive().default(3600),
      SEED_DEMO_DATA: z.stringbool().optional(),
    },
    process.env,
  );
  const production = config.NODE_ENV === 'production';
  const logger = createLogger(config.LOG_LEVEL, { service: 'users' });
  const events = await openEventBus(config.REDIS_URL, logger);
  const subgraph = await startUsersSubgraph({
    port: config.PORT,
    host: config.HOST,
    gatewaySecret: config.GATEWAY_SECRET,
    logger,
    production,
    seed: !production && (config.SEED_DEMO_DATA ?? true),
    databaseUrl: config.DATABASE_URL,
    dataDir: path.join(config.DATA_DIR, 'users'),
    bus: events.bus,
    tokens: { secret: config.JWT_SECRET, issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE, ttlSeconds: config.JWT_TTL_SECONDS },
  });
  closeOnSignal(logger, async () => {
    await subgraph.close();
    await events.close();
  });
});
