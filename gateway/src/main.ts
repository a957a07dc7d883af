import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { closeOnSignal, createLogger, runMain } from '@shop/kit';
import { loadGatewayConfig } from './config';
import { startGateway } from './server';

runMain(async () => {
  process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
  const config = loadGatewayConfig(process.env);
  const logger = createLogger(config.LOG_LEVEL, { service: 'gateway' });
  const supergraphPath = config.SUPERGRAPH_PATH ?? fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));
  const gateway = await startGateway({
    port: config.PORT,
    host: config.HOST,
    supergraphSdl: readFileSync(supergraphPath, 'utf8'),
    subgraphUrls: config.subgraphUrls,
    gatewaySecret: config.GATEWAY_SECRET,
    jwt: { secret: config.JWT_SECRET, issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE },
    timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
    corsOrigins: config.corsOrigins,
    socketLimits: config.socketLimits,
    production: config.NODE_ENV === 'production',
    logger,
  });
  closeOnSignal(logger, () => gateway.close());
});
