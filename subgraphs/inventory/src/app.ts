import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startedSubgraph, startSubgraphServer, type StartedSubgraph, type SubgraphRuntime } from '@shop/kit';
import { openPostgres, startOutboxRelay, type EventBus } from '@shop/stores';
import { parse } from 'graphql';
import type { Context } from './context';
import { createInventoryStore } from './db/inventory-store';
import { outbox, schema } from './db/schema';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';
import { seedInventory } from './seed';
import { createStockService } from './services/stock-service';

export const typeDefs = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));
export const migrationsFolder = fileURLToPath(new URL('./db/migrations', import.meta.url));

export interface InventorySubgraphOptions extends SubgraphRuntime {
  /** Real Postgres; embedded PGlite when absent. */
  databaseUrl?: string;
  /** PGlite data folder; in memory when absent. */
  dataDir?: string;
  bus: EventBus;
}

export async function startInventorySubgraph(options: InventorySubgraphOptions): Promise<StartedSubgraph> {
  const logger = options.logger.child({ subgraph: 'inventory' });
  const pg = await openPostgres({ url: options.databaseUrl, dataDir: options.dataDir, schema, migrationsFolder, pgSchema: 'inventory' });
  const store = createInventoryStore(pg.db);
  if (options.seed) await seedInventory(store, logger);
  const relay = startOutboxRelay({ db: pg.backgroundDb, table: outbox, bus: options.bus, logger });
  const stock = createStockService(store, { afterWrite: () => relay.notify() });

  const server = await startSubgraphServer<Context>({
    name: 'inventory',
    typeDefs,
    resolvers,
    port: options.port,
    host: options.host,
    gatewaySecret: options.gatewaySecret,
    production: options.production,
    observe: options.observe,
    logger,
    health: { database: pg.ping },
    createContext: (identity, requestLogger) => ({ identity, logger: requestLogger, loaders: createLoaders(store), stock }),
  });

  return startedSubgraph(
    server,
    pg,
    () => relay.stop(),
    () => pg.close(),
  );
}
