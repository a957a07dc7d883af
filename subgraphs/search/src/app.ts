import { readFileSync } from 'node:fs';
import { startedSubgraph, startSubgraphServer, type StartedSubgraph, type SubgraphRuntime } from '@shop/kit';
import { caughtUp, type EventBus } from '@shop/stores';
import { parse } from 'graphql';
import type { Context } from './context';
import { countCalls } from './db/counting-index';
import { openSearchIndex } from './db/open-index';
import { startIndexer } from './events/indexer';
import { resolvers } from './resolvers';
import { createSearchService } from './services/search-service';

export const typeDefs = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));

export interface SearchSubgraphOptions extends SubgraphRuntime {
  /** Elasticsearch; the embedded Orama index when absent. */
  elasticsearchUrl?: string;
  /** Folder for the embedded index's snapshot; in memory when absent. */
  dataDir?: string;
  /** Source of product.created / product.updated / inventory.stock_changed (consumer group `search`). */
  bus: EventBus;
}

/**
 * Starts the search subgraph. It seeds nothing of its own (`seed` is ignored): the index fills from
 * the events the products and inventory subgraphs publish, including those of their seeds.
 */
export async function startSearchSubgraph(options: SearchSubgraphOptions): Promise<StartedSubgraph> {
  const logger = options.logger.child({ subgraph: 'search' });
  const index = await openSearchIndex({ elasticsearchUrl: options.elasticsearchUrl, dataDir: options.dataDir, logger });
  const indexer = await startIndexer(options.bus, index, logger);
  const counted = countCalls(index);
  const search = createSearchService(counted.index);

  let server;
  try {
    server = await startSubgraphServer<Context>({
      name: 'search',
      typeDefs,
      resolvers,
      port: options.port,
      host: options.host,
      gatewaySecret: options.gatewaySecret,
      production: options.production,
      observe: options.observe,
      processHealth: options.processHealth,
      logger,
      health: { index: index.ping },
      readiness: caughtUp(options.bus),
      createContext: (identity, requestLogger) => ({ identity, logger: requestLogger, search }),
    });
  } catch (error) {
    await indexer.stop();
    await index.close();
    throw error;
  }

  const running = server;
  return startedSubgraph(
    running,
    { queryCount: counted.calls, resetQueryCount: counted.reset },
    () => indexer.stop(),
    () => index.close(),
  );
}
