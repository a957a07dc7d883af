import { postgresEnv } from '@shop/kit';
import { runSubgraph } from '@shop/stores';
import { startOrdersSubgraph } from './app';

runSubgraph(process.env, {
  name: 'orders',
  port: 4003,
  env: postgresEnv,
  start: ({ config, runtime, bus, dataDir }) => startOrdersSubgraph({ ...runtime, databaseUrl: config.DATABASE_URL, dataDir, bus }),
});
