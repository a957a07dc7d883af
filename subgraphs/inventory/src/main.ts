import { postgresEnv } from '@shop/kit';
import { DEFAULT_SAGA_STEP_DEADLINE_MS, runSubgraph } from '@shop/stores';
import { z } from 'zod';
import { startInventorySubgraph } from './app';
import { DEFAULT_RESERVATION_SWEEP_MS, DEFAULT_RESERVATION_TTL_SECONDS, DEFAULT_REVIEW_HOLD_SECONDS } from './domain/reservation';

runSubgraph(process.env, {
  name: 'inventory',
  port: 4006,
  env: {
    ...postgresEnv,
    RESERVATION_TTL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(DEFAULT_RESERVATION_TTL_SECONDS),
    /** How long an order held for fraud review keeps its stock (1 h to 7 days, the usual life of a card authorisation). */
    REVIEW_HOLD_SECONDS: z.coerce
      .number()
      .int()
      .min(3600)
      .max(7 * 86_400)
      .default(DEFAULT_REVIEW_HOLD_SECONDS),
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
      reviewHoldSeconds: config.REVIEW_HOLD_SECONDS,
      sagaStepDeadlineMs: config.SAGA_STEP_DEADLINE_MS,
    }),
});
