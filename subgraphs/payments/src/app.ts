import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startedSubgraph, startSubgraphServer, type StartedSubgraph, type SubgraphRuntime } from '@shop/kit';
import { openPostgres, startOutboxRelay, type EventBus } from '@shop/stores';
import { parse } from 'graphql';
import type { Context } from './context';
import { createPaymentStore } from './db/payment-store';
import { outbox, schema } from './db/schema';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';
import { seedPayments } from './seed';

export const typeDefs = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));
export const migrationsFolder = fileURLToPath(new URL('./db/migrations', import.meta.url));

export interface PaymentsSubgraphOptions extends SubgraphRuntime {
  /** Real Postgres; embedded PGlite when absent. */
  databaseUrl?: string;
  /** PGlite data folder; in memory when absent. */
  dataDir?: string;
  bus: EventBus;
}

export async function startPaymentsSubgraph(options: PaymentsSubgraphOptions): Promise<StartedSubgraph> {
  const logger = options.logger.child({ subgraph: 'payments' });
  const pg = await openPostgres({ url: options.databaseUrl, dataDir: options.dataDir, schema, migrationsFolder, pgSchema: 'payments' });
  const store = createPaymentStore(pg.db);
  // Nothing writes the outbox yet (mutations come next); the relay is in place so that they only append to it.
  const relay = startOutboxRelay({ db: pg.backgroundDb, table: outbox, bus: options.bus, logger });

  try {
    if (options.seed) await seedPayments(store, options.now ?? new Date(), logger);
    const server = await startSubgraphServer<Context>({
      name: 'payments',
      typeDefs,
      resolvers,
      port: options.port,
      host: options.host,
      gatewaySecret: options.gatewaySecret,
      production: options.production,
      observe: options.observe,
      logger,
      health: { database: pg.ping },
      createContext: (identity, requestLogger) => ({ identity, logger: requestLogger, loaders: createLoaders(store, identity) }),
    });

    return startedSubgraph(
      server,
      pg,
      () => relay.stop(),
      () => pg.close(),
    );
  } catch (error) {
    await relay.stop();
    await pg.close();
    throw error;
  }
}
