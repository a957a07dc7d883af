import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startedSubgraph, startSubgraphServer, type StartedSubgraph, type SubgraphRuntime } from '@shop/kit';
import { aboutOrders, InProcessPubSub, openPostgres, republishFromOutbox, startOutboxRelay, type EventBus, type PubSub, caughtUp } from '@shop/stores';
import { parse } from 'graphql';
import { createAssistant } from './assistant';
import type { OpenAiOptions } from './assistant/openai-provider';
import type { Context } from './context';
import { createChatStore } from './db/chat-store';
import { createModelDataStore } from './db/model-data-store';
import { createRecommendationStore } from './db/recommendation-store';
import { createRiskStore } from './db/risk-store';
import { outbox, schema } from './db/schema';
import { mergeHandlers, modelHandlers, recommendationHandlers, startEventConsumer } from './events/consumer';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';
import { createChatService } from './services/chat-service';
import { riskHandlers } from './events/risk-handlers';
import { createModelService } from './services/model-service';
import { createRiskService } from './services/risk-service';
import { createRecommendationService } from './services/recommendation-service';

export { llmEnv, llmOptions } from './assistant/config';

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
  /** The shopping assistant's chat completions API (LLM_BASE_URL, LLM_API_KEY, LLM_MODEL); offline without a base URL. */
  llm?: Partial<OpenAiOptions>;
};

/**
 * The ai subgraph. It seeds nothing itself (`seed` and `now` are unused): its purchase history is
 * built from the order.created events the orders subgraph publishes, seeded orders included.
 */
export async function startAiSubgraph(options: AiSubgraphOptions): Promise<StartedSubgraph> {
  const logger = options.logger.child({ subgraph: 'ai' });
  const pg = await openPostgres({ url: options.databaseUrl, dataDir: options.dataDir, schema, migrationsFolder, pgSchema: 'ai' });
  const models = createModelService(createModelDataStore(pg.db), logger);
  const recommendations = createRecommendationService(models);
  const pubsub = options.pubsub ?? new InProcessPubSub(logger);
  const chatStore = createChatStore(pg.db);
  const chat = createChatService({ store: chatStore, pubsub, logger });
  const assistant = createAssistant({ db: pg.db, backgroundDb: pg.backgroundDb, pubsub, chat, logger, llm: options.llm });
  // Fraud scoring: assessments go out as order.risk_assessed through ai's outbox.
  const relay = startOutboxRelay({ db: pg.backgroundDb, table: outbox, bus: options.bus, logger });
  const riskStore = createRiskStore(pg.db);
  const backgroundRisk = createRiskStore(pg.backgroundDb);
  const risk = createRiskService(backgroundRisk, logger);
  const consumer = await startEventConsumer(
    options.bus,
    mergeHandlers(
      recommendationHandlers(createRecommendationStore(pg.backgroundDb), logger),
      modelHandlers(createModelDataStore(pg.backgroundDb), logger, models.invalidate),
      assistant.handlers,
      riskHandlers({
        store: backgroundRisk,
        risk,
        logger,
        afterWrite: () => relay.notify(),
        redrive: async (orderIds) => void (await republishFromOutbox(pg.backgroundDb, outbox, options.bus, aboutOrders(outbox, orderIds))),
      }),
    ),
  );

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
    readiness: caughtUp(options.bus, [relay]),
    subscriptions: true,
    createContext: (identity, requestLogger) => ({
      identity,
      logger: requestLogger,
      loaders: createLoaders(recommendations, chatStore, riskStore),
      chat,
      models,
      assistant: assistant.service,
    }),
  });

  return startedSubgraph(
    server,
    pg,
    () => consumer.stop(),
    () => relay.stop(),
    () => risk.idle(),
    () => assistant.service.drain(),
    // A pub/sub passed in belongs to the caller, who may share it.
    async () => void (options.pubsub ? undefined : await pubsub.close()),
    () => pg.close(),
  );
}
