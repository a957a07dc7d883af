import path from 'node:path';
import { baseEnv, closeOnSignal, createLogger, parseConfig, portEnv, postgresEnv, runMain } from '@shop/kit';
import { openEventBus } from '@shop/stores';
import { z } from 'zod';
import { startPaymentsSubgraph } from './app';

runMain(async () => {
  const config = parseConfig({ ...baseEnv, ...postgresEnv, PORT: portEnv(4004), SEED_DEMO_DATA: z.stringbool().optional() }, process.env);
  const production = config.NODE_ENV === 'production';
  const logger = createLogger(config.LOG_LEVEL, { service: 'payments' });
  const events = await openEventBus(config.REDIS_URL, logger);
  const subgraph = await startPaymentsSubgraph({
    port: config.PORT,
    host: config.HOST,
    gatewaySecret: config.GATEWAY_SECRET,
    logger,
    production,
    seed: !production && (config.SEED_DEMO_DATA ?? true),
    databaseUrl: config.DATABASE_URL,
    dataDir: path.join(config.DATA_DIR, 'payments'),
    bus: events.bus,
  });
  closeOnSignal(logger, async () => {
    await subgraph.close();
    await events.close();
  });
});
