import { runSubgraph } from '@shop/stores';
import { z } from 'zod';
import { startSearchSubgraph } from './app';

runSubgraph(process.env, {
  name: 'search',
  port: 4005,
  env: { ELASTICSEARCH_URL: z.string().url().optional() },
  start: ({ config, runtime, bus, dataDir }) => startSearchSubgraph({ ...runtime, elasticsearchUrl: config.ELASTICSEARCH_URL, dataDir, bus }),
});
