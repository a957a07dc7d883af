import { DEMO_SECRETS, postgresEnv } from '@shop/kit';
import { runSubgraph } from '@shop/stores';
import { z } from 'zod';
import { startPaymentsSubgraph } from './app';
import { STALE_AFTER_MS } from './domain/saga';
import { PAYMENT_PROVIDERS } from './provider/payment-provider';

runSubgraph(process.env, {
  name: 'payments',
  port: 4004,
  env: {
    ...postgresEnv,
    /** The card provider; only the built-in simulated card processor exists so far. */
    PAYMENT_PROVIDER: z.enum(PAYMENT_PROVIDERS).default('simulated'),
    /** Key the provider signs webhooks with; the demo value is refused in production. */
    PAYMENT_WEBHOOK_SECRET: z.string().min(32).default(DEMO_SECRETS.PAYMENT_WEBHOOK_SECRET),
    /** How long an authorised payment waits for ai's fraud assessment before it is captured unscreened (0: no wait). */
    RISK_WAIT_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
    /** hold: a HIGH risk order is authorised and held for staff's review; off: risk is recorded, never holds. */
    FRAUD_REVIEW: z.enum(['hold', 'off']).default('hold'),
    /** A saga step (an authorization) quiet this long belongs to a worker that died: another takes it over. */
    PAYMENT_STEP_STALE_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(STALE_AFTER_MS),
  },
  start: ({ config, runtime, bus, dataDir }) =>
    startPaymentsSubgraph({
      ...runtime,
      databaseUrl: config.DATABASE_URL,
      dataDir,
      bus,
      provider: config.PAYMENT_PROVIDER,
      webhookSecret: config.PAYMENT_WEBHOOK_SECRET,
      review: { waitMs: config.RISK_WAIT_MS, hold: config.FRAUD_REVIEW === 'hold' },
      staleAfterMs: config.PAYMENT_STEP_STALE_MS,
    }),
});
