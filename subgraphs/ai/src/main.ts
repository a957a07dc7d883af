import { postgresEnv } from '@shop/kit';
import { runSubgraph } from '@shop/stores';
import { startAiSubgraph } from './app';

runSubgraph(process.env, {
  name: 'ai',
  port: 4007,
  env: postgresEnv,
  start: ({ config, runtime, bus, dataDir }) => startAiSubgraph({ ...runtime, databaseUrl: config.DATABASE_URL, dataDir, bus }),
});
