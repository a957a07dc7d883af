import path from 'node:path';
import { baseEnv, closeOnSignal, createLogger, parseConfig, portEnv, postgresEnv, runMain } from '@shop/kit';
import { openEventBus } from '@shop/stores';
import { z } from 'zod';
import { startInventorySubgraph } from './app';

runMain(async () => {
  const config = parseConfig(
    {
      ...baseEnv,
      ...postgresEnv,
      PORT: portEnv(4006),
      SEED_DEMO_DATA: z.stringbool().optional(),
    },
    process.env,
  );
  const production = config.NODE_ENV === 'production';
  const logger = createLogger(config.LOG_LEVEL, { service: 'inventory' });
  const events = await openEventBus(config.REDIS_URL, logger);
  const subgraph = await startInventorySubgraph({
    port: config.PORT,
    host: config.HOST,
    gatewaySecret: config.GATEWAY_SECRET,
    logger,
    production,
    seed: !production && (config.SEED_DEMO_DATA ?? true),
    databaseUrl: config.DATABASE_URL,
    dataDir: path.join(config.DATA_DIR, 'inventory'),
    bus: events.bus,
  });
  closeOnSignal(logger, async () => {
    await subgraph.close();
    await events.close();
  });
});
