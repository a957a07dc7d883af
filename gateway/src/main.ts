import { closeOnSignal, createLogger, runMain } from '@shop/kit';
import { gatewayServerOptions, loadGatewayConfig } from './config';
import { startGateway } from './server';

runMain(async () => {
  process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
  const config = loadGatewayConfig(process.env);
  const logger = createLogger(config.LOG_LEVEL, { service: 'gateway' });
  const gateway = await startGateway(gatewayServerOptions(config, logger));
  closeOnSignal(logger, () => gateway.close());
});
