import { postgresEnv } from '@shop/kit';
import { DEFAULT_SAGA_STEP_DEADLINE_MS, runSubgraph } from '@shop/stores';
import { z } from 'zod';
import { startInventorySubgraph } from './app';
import { DEFAULT_RESERVATION_SWEEP_MS, DEFAULT_RESERVATION_TTL_SECONDS } from './domain/reservation';

runSubgraph(process.env, {
  name: 'inventory',
  port: 4006,
  env: {
    ...postgresEnv,
    RESERVATION_TTL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(DEFAULT_RESERVATION_TTL_SECONDS),
    RESERVATION_SWEEP_MS: z.coerce.number().int().min(50).max(3_600_000).default(DEFAULT_RESERVATION_SWEEP_MS),
    /** A reservation ACTIVE this long has its events published again. */
    SAGA_STEP_DEADLINE_MS: z.coerce.number().int().min(100).default(DEFAULT_SAGA_STEP_DEADLINE_MS),
  },
  start: ({ config, runtime, bus, pubsub, dataDir }) =>
    startInventorySubgraph({
      ...runtime,
      databaseUrl: config.DATABASE_URL,
      dataDir,
      bus,
      pubsub,
      reservationTtlSeconds: config.RESERVATION_TTL_SECONDS,
      reservationSweepMs: config.RESERVATION_SWEEP_MS,
      sagaStepDeadlineMs: config.SAGA_STEP_DEADLINE_MS,
    }),
});
