import { postgresEnv } from '@shop/kit';
import { openPubSub, runSubgraph } from '@shop/stores';
import { startAiSubgraph } from './app';
import { llmEnv, llmOptions } from './assistant/config';

runSubgraph(process.env, {
  name: 'ai',
  port: 4007,
  env: { ...postgresEnv, ...llmEnv },
  start: async ({ config, runtime, bus, dataDir }) => {
    // Chat messages reach subscribers on every replica through Redis when REDIS_URL is set.
    const pubsub = await openPubSub(config.REDIS_URL, runtime.logger);
    const subgraph = await startAiSubgraph({ ...runtime, databaseUrl: config.DATABASE_URL, dataDir, bus, pubsub, llm: llmOptions(config) });
    return {
      ...subgraph,
      async close() {
        await subgraph.close();
        await pubsub.close();
      },
    };
  },
});
