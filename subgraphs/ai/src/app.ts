import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startedSubgraph, startSubgraphServer, type StartedSubgraph, type SubgraphRuntime } from '@shop/kit';
import { InProcessPubSub, openPostgres, type EventBus, type PubSub, caughtUp } from '@shop/stores';
import { parse } from 'graphql';
import type { Context } from './context';
import { createChatStore } from './db/chat-store';
import { createRecommendationStore } from './db/recommendation-store';
import { schema } from './db/schema';
import { recommendationHandlers, startEventConsumer } from './events/consumer';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';
import { createChatService } from './services/chat-service';
import { createRecommendationService } from './services/recommendation-service';

export const typeDefs = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));
export const migrationsFolder = fileURLToPath(new URL('./db/migrations', import.meta.url));

export type AiSubgraphOptions = SubgraphRuntime & {
  /** Real Postgres; embedded PGlite when absent. */
  databaseUrl?: string;
  /** PGlite data folder; in memory when absent. */
  dataDir?: string;
  bus: EventBus;
  /**
   * Carries new chat messages to subscribers: Redis pub/sub (openPubSub with REDIS_URL) when
   * replicas run side by side. Absent: an in-process one owned and closed by this subgraph, which
   * only reaches subscribers of this process.
   */
  pubsub?: PubSub;
};

/**
 * The ai subgraph. It seeds nothing itself (`seed` and `now` are unused): its purchase history is
 * built from the order.created events the orders subgraph publishes, seeded orders included.
 */
export async function startAiSubgraph(options: AiSubgraphOptions): Promise<StartedSubgraph> {
  const logger = options.logger.child({ subgraph: 'ai' });
  const pg = await openPostgres({ url: options.databaseUrl, dataDir: options.dataDir, schema, migrationsFolder, pgSchema: 'ai' });
  // Requests and the event consumer share the connection; only request queries are counted.
  const store = createRecommendationStore(pg.db);
  const consumer = await startEventConsumer(options.bus, recommendationHandlers(createRecommendationStore(pg.backgroundDb), logger));
  const recommendations = createRecommendationService(store);
  const pubsub = options.pubsub ?? new InProcessPubSub(logger);
  const chatStore = createChatStore(pg.db);
  const chat = createChatService({ store: chatStore, pubsub, logger });

  const server = await startSubgraphServer<Context>({
    name: 'ai',
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
    readiness: caughtUp(options.bus),
    subscriptions: true,
    createContext: (identity, requestLogger) => ({ identity, logger: requestLogger, loaders: createLoaders(recommendations, chatStore), chat }),
  });

  return startedSubgraph(
    server,
    pg,
    () => consumer.stop(),
    // A pub/sub passed in belongs to the caller, who may share it.
    async () => void (options.pubsub ? undefined : await pubsub.close()),
    () => pg.close(),
  );
}
