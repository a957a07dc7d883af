import { postgresEnv } from '@shop/kit';
import { runSubgraph } from '@shop/stores';
import { startPaymentsSubgraph } from './app';

runSubgraph(process.env, {
  name: 'payments',
  port: 4004,
  env: postgresEnv,
  start: ({ config, runtime, bus, dataDir }) => startPaymentsSubgraph({ ...runtime, databaseUrl: config.DATABASE_URL, dataDir, bus }),
});
