import path from 'node:path';
import { baseEnv, closeOnSignal, createLogger, parseConfig, portEnv, runMain } from '@shop/kit';
import { openEventBus } from '@shop/stores';
import { z } from 'zod';
import { startSearchSubgraph } from './app';

runMain(async () => {
  const config = parseConfig(
    {
      ...baseEnv,
      PORT: portEnv(4005),
      ELASTICSEARCH_URL: z
        .string()
        .trim()
        .transform((v) => (v === '' ? undefined : v))
        .pipe(z.string().url().optional())
        .optional(),
    },
    process.env,
  );
  const production = config.NODE_ENV === 'production';
  const logger = createLogger(config.LOG_LEVEL, { service: 'search' });
  const events = await openEventBus(config.REDIS_URL, logger);
  const subgraph = await startSearchSubgraph({
    port: config.PORT,
    host: config.HOST,
    gatewaySecret: config.GATEWAY_SECRET,
    logger,
    production,
    elasticsearchUrl: config.ELASTICSEARCH_URL,
    dataDir: path.join(config.DATA_DIR, 'search'),
    bus: events.bus,
  });
  closeOnSignal(logger, async () => {
    await subgraph.close();
    await events.close();
  });
});
