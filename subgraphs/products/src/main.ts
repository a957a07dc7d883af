import path from 'node:path';
import { baseEnv, closeOnSignal, createLogger, parseConfig, portEnv, runMain } from '@shop/kit';
import { openEventBus } from '@shop/stores';
import { z } from 'zod';
import { startProductsSubgraph } from './app';

runMain(async () => {
  const config = parseConfig(
    {
      ...baseEnv,
      PORT: portEnv(4002),
      // Not z.url(): a replica-set string lists several hosts (mongodb://a:27017,b:27017/shop).
      MONGODB_URL: z
        .string()
        .regex(/^mongodb(\+srv)?:\/\/\S+$/, 'must be a mongodb:// or mongodb+srv:// connection string')
        .optional(),
      SEED_DEMO_DATA: z.stringbool().optional(),
    },
    process.env,
  );
  const production = config.NODE_ENV === 'production';
  const logger = createLogger(config.LOG_LEVEL, { service: 'products' });
  const events = await openEventBus(config.REDIS_URL, logger);
  const subgraph = await startProductsSubgraph({
    port: config.PORT,
    host: config.HOST,
    gatewaySecret: config.GATEWAY_SECRET,
    logger,
    production,
    seed: !production && (config.SEED_DEMO_DATA ?? true),
    mongoUrl: config.MONGODB_URL,
    dataDir: path.join(config.DATA_DIR, 'products'),
    bus: events.bus,
  });
  closeOnSignal(logger, async () => {
    await subgraph.close();
    await events.close();
  });
});
