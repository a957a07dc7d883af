import { runSubgraph } from '@shop/stores';
import { z } from 'zod';
import { startProductsSubgraph } from './app';

runSubgraph(process.env, {
  name: 'products',
  port: 4002,
  env: {
    // Not z.url(): a replica-set string lists several hosts (mongodb://a:27017,b:27017/shop).
    MONGODB_URL: z
      .string()
      .regex(/^mongodb(\+srv)?:\/\/\S+$/, 'must be a mongodb:// or mongodb+srv:// connection string')
      .optional(),
  },
  start: ({ config, runtime, bus, dataDir }) => startProductsSubgraph({ ...runtime, mongoUrl: config.MONGODB_URL, dataDir, bus }),
});
