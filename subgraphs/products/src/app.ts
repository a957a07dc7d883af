import { readFileSync } from 'node:fs';
import { startedSubgraph, startSubgraphServer, type StartedSubgraph, type SubgraphRuntime } from '@shop/kit';
import { caughtUp, type EventBus } from '@shop/stores';
import { parse } from 'graphql';
import { ensureIndexes } from './db/documents';
import { openDocumentDatabase } from './db/open-database';
import { createOutboxStore } from './db/outbox-store';
import { createProductStore } from './db/product-store';
import { withQueryCounter } from './db/query-counter';
import { startDocumentOutboxRelay } from './events/outbox-relay';
import { IMAGES_PATH_PREFIX, productImageRoute } from './images/product-image-route';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';
import { seedCatalog } from './seed';
import { createCatalogService } from './services/catalog-service';
import { createProductAdminService } from './services/product-admin-service';
import type { Context } from './context';

export { IMAGES_PATH_PREFIX, PRODUCT_IMAGES_PATH } from './images/product-image-route';

export const typeDefs = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));

export interface ProductsSubgraphOptions extends SubgraphRuntime {
  /** Real MongoDB; the embedded document store when absent. */
  mongoUrl?: string;
  /** Folder of the embedded store; in memory when absent. */
  dataDir?: string;
  bus: EventBus;
}

export async function startProductsSubgraph(options: ProductsSubgraphOptions): Promise<StartedSubgraph> {
  const logger = options.logger.child({ subgraph: 'products' });
  const db = await openDocumentDatabase({ mongoUrl: options.mongoUrl, dataDir: options.dataDir });
  try {
    await ensureIndexes(db);
    if (db.kind === 'mongodb' && !db.supportsTransactions) {
      logger.warn('MongoDB without transactions (standalone server): events are written before their change and withdrawn if it fails');
    }
    // Requests go through a counting view; the relay uses the database directly.
    const counted = withQueryCounter(db);
    const store = createProductStore(counted);
    if (options.seed) await seedCatalog(store, logger, options.now);
    const relay = startDocumentOutboxRelay({ outbox: createOutboxStore(db), bus: options.bus, logger });
    const admin = createProductAdminService(store, relay);

    const server = await startSubgraphServer<Context>({
      name: 'products',
      typeDefs,
      resolvers,
      port: options.port,
      host: options.host,
      gatewaySecret: options.gatewaySecret,
      production: options.production,
      observe: options.observe,
      processHealth: options.processHealth,
      logger,
      health: { database: () => db.ping() },
      readiness: caughtUp(options.bus, [relay]),
      // Pictures are not GraphQL requests: their store reads stay out of queryCount().
      prefixRoutes: { [IMAGES_PATH_PREFIX]: productImageRoute(createProductStore(db)) },
      createContext: (identity, requestLogger) => {
        const loaders = createLoaders(store);
        return { identity, logger: requestLogger, loaders, catalog: createCatalogService(store, loaders), admin };
      },
    });

    return startedSubgraph(
      server,
      counted,
      () => relay.stop(),
      () => db.close(),
    );
  } catch (error) {
    await db.close();
    throw error;
  }
}
