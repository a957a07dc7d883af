import { postgresEnv } from '@shop/kit';
import { runSubgraph } from '@shop/stores';
import { startInventorySubgraph } from './app';

runSubgraph(process.env, {
  name: 'inventory',
  port: 4006,
  env: postgresEnv,
  start: ({ config, runtime, bus, dataDir }) => startInventorySubgraph({ ...runtime, databaseUrl: config.DATABASE_URL, dataDir, bus }),
});
