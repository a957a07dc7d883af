import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEMO_SECRETS, startedSubgraph, startSubgraphServer, type StartedSubgraph, type SubgraphRuntime } from '@shop/kit';
import { openPostgres, type EventBus, caughtUp } from '@shop/stores';
import { parse } from 'graphql';
import type { Context } from './context';
import { schema } from './db/schema';
import type { ReviewPolicy } from './domain/saga';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';
import { startPaymentsRuntime, type PaymentProviderOption, type PaymentsRuntime } from './runtime';
import { seedPayments } from './seed';
import { cardProcessorWebhook, WEBHOOK_PATH } from './webhooks/card-processor-route';

export { signWebhook, verifyWebhookSignature, SIGNATURE_HEADER, WEBHOOK_TOLERANCE_SECONDS } from './webhooks/signature';
export { WEBHOOK_PATH } from './webhooks/card-processor-route';
export { chargeRefunded, deliverWebhook, simulatorEvent, webhookDelivery } from './provider/simulator-webhooks';
export { SimulatedCardProcessor, type PaymentProvider } from './provider';
export { PAYMENT_PROVIDERS } from './provider/payment-provider';

export const typeDefs = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));
export const migrationsFolder = fileURLToPath(new URL('./db/migrations', import.meta.url));

export interface PaymentsSubgraphOptions extends SubgraphRuntime {
  /** Real Postgres; embedded PGlite when absent. */
  databaseUrl?: string;
  /** PGlite data folder; in memory when absent. */
  dataDir?: string;
  bus: EventBus;
  /** PAYMENT_PROVIDER, or a factory over the payments database (tests). Default: the simulated card processor. */
  provider?: PaymentProviderOption;
  /** PAYMENT_WEBHOOK_SECRET: the key provider webhooks are signed with. Default: the demo secret. */
  webhookSecret?: string;
  /** How often the recovery sweep runs (ms); 0 turns it off. */
  recoveryIntervalMs?: number;
  /** PAYMENT_STEP_STALE_MS: a saga step quiet this long belongs to a worker that died, and is taken over (default 30 s). */
  staleAfterMs?: number;
  /** Fraud review: how long an authorised payment waits for ai's assessment (RISK_WAIT_MS) and whether HIGH risk holds (FRAUD_REVIEW). Default: no wait, holds. */
  review?: ReviewPolicy;
}

/** The running subgraph, plus its runtime (saga, provider, services) for tests and tooling. */
export interface PaymentsSubgraph extends StartedSubgraph {
  runtime: PaymentsRuntime;
  /** The provider webhook URL. */
  webhookUrl: string;
}

export async function startPaymentsSubgraph(options: PaymentsSubgraphOptions): Promise<PaymentsSubgraph> {
  const logger = options.logger.child({ subgraph: 'payments' });
  const pg = await openPostgres({ url: options.databaseUrl, dataDir: options.dataDir, schema, migrationsFolder, pgSchema: 'payments' });
  let runtime: PaymentsRuntime | undefined;

  try {
    runtime = await startPaymentsRuntime(pg, {
      bus: options.bus,
      logger,
      provider: options.provider,
      recoveryIntervalMs: options.recoveryIntervalMs ?? (options.staleAfterMs ? Math.min(15_000, Math.ceil(options.staleAfterMs / 2)) : undefined),
      staleAfterMs: options.staleAfterMs,
      review: options.review,
    });
    const { payments, refunds } = runtime;
    if (options.seed) await seedPayments(payments, options.now ?? new Date(), logger);
    const webhook = cardProcessorWebhook({ secret: options.webhookSecret ?? DEMO_SECRETS.PAYMENT_WEBHOOK_SECRET, service: runtime.webhooks, logger });
    const server = await startSubgraphServer<Context>({
      name: 'payments',
      typeDefs,
      resolvers,
      port: options.port,
      host: options.host,
      gatewaySecret: options.gatewaySecret,
      production: options.production,
      observe: options.observe,
      processHealth: options.processHealth,
      logger,
      health: { database: pg.ping },
      readiness: caughtUp(options.bus, [runtime.relay]),
      routes: { [WEBHOOK_PATH]: webhook },
      createContext: (identity, requestLogger) => ({ identity, logger: requestLogger, loaders: createLoaders(payments, identity), refunds }),
    });

    const started = startedSubgraph(server, pg, runtime.stop, () => pg.close());
    return { ...started, runtime, webhookUrl: server.url.replace(/\/graphql$/, WEBHOOK_PATH) };
  } catch (error) {
    await runtime?.stop();
    await pg.close();
    throw error;
  }
}
