import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startedSubgraph, startSubgraphServer, type StartedSubgraph, type SubgraphRuntime } from '@shop/kit';
import { openPostgres, startOutboxRelay, type EventBus } from '@shop/stores';
import { parse } from 'graphql';
import type { Context } from './context';
import { createCartStore } from './db/cart-store';
import { createOrderStore } from './db/order-store';
import { outbox, schema } from './db/schema';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';
import { seedOrders } from './seed';
import { createCartService } from './services/cart-service';
import { createOrderService } from './services/order-service';

export const typeDefs = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));
export const migrationsFolder = fileURLToPath(new URL('./db/migrations', import.meta.url));

export interface OrdersSubgraphOptions extends SubgraphRuntime {
  /** Real Postgres; embedded PGlite when absent. */
  databaseUrl?: string;
  /** PGlite data folder; in memory when absent. */
  dataDir?: string;
  bus: EventBus;
}

export async function startOrdersSubgraph(options: OrdersSubgraphOptions): Promise<StartedSubgraph> {
  const logger = options.logger.child({ subgraph: 'orders' });
  const pg = await openPostgres({ url: options.databaseUrl, dataDir: options.dataDir, schema, migrationsFolder, pgSchema: 'orders' });
  const orderStore = createOrderStore(pg.db);
  const cartStore = createCartStore(pg.db);
  if (options.seed) await seedOrders(orderStore, cartStore, logger, options.now ?? new Date());
  const relay = startOutboxRelay({ db: pg.backgroundDb, table: outbox, bus: options.bus, logger });

  const server = await startSubgraphServer<Context>({
    name: 'orders',
    typeDefs,
    resolvers,
    port: options.port,
    host: options.host,
    gatewaySecret: options.gatewaySecret,
    production: options.production,
    observe: options.observe,
    logger,
    health: { database: pg.ping },
    createContext: (identity, requestLogger) => {
      const loaders = createLoaders(orderStore, cartStore);
      return {
        identity,
        logger: requestLogger,
        loaders,
        orders: createOrderService(orderStore, identity, loaders),
        carts: createCartService(cartStore, identity, loaders),
      };
    },
  });

  return startedSubgraph(
    server,
    pg,
    () => relay.stop(),
    () => pg.close(),
  );
}
