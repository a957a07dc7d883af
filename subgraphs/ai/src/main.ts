import path from 'node:path';
import { baseEnv, closeOnSignal, createLogger, parseConfig, portEnv, postgresEnv, runMain } from '@shop/kit';
import { openEventBus } from '@shop/stores';
import { startAiSubgraph } from './app';

runMain(async () => {
  const config = parseConfig({ ...baseEnv, ...postgresEnv, PORT: portEnv(4007) }, process.env);
  const production = config.NODE_ENV === 'production';
  const logger = createLogger(config.LOG_LEVEL, { service: 'ai' });
  const events = await openEventBus(config.REDIS_URL, logger);
  const subgraph = await startAiSubgraph({
    port: config.PORT,
    host: config.HOST,
    gatewaySecret: config.GATEWAY_SECRET,
    logger,
    production,
    databaseUrl: config.DATABASE_URL,
    dataDir: path.join(config.DATA_DIR, 'ai'),
    bus: events.bus,
  });
  closeOnSignal(logger, async () => {
    await subgraph.close();
    await events.close();
  });
});
