import type { Logger } from '@shop/kit';
import type { Database, PubSub } from '@shop/stores';
import type { AiSchema } from '../db/schema';
import type { ChatService } from '../services/chat-service';
import { createStoreKnowledge } from './db-knowledge';
import { assistantHandlers } from './events';
import { createOfflineProvider } from './offline-provider';
import { createOpenAiProvider, type OpenAiOptions } from './openai-provider';
import type { AssistantProvider } from './provider';
import { createAssistantStore } from './store';
import { supportDesk } from './support-desk';
import { createAssistantService } from './turn-service';

/** LLM_BASE_URL / LLM_API_KEY / LLM_MODEL: the offline assistant when no base URL is set. */
export function assistantProvider(llm: Partial<OpenAiOptions> | undefined): AssistantProvider {
  return llm?.baseUrl
    ? createOpenAiProvider({ baseUrl: llm.baseUrl, apiKey: llm.apiKey, model: llm.model ?? 'gpt-4o-mini', timeoutMs: llm.timeoutMs })
    : createOfflineProvider();
}

/** Builds the assistant feature: its service for resolvers and its event handlers for the consumer. */
export function createAssistant(deps: {
  db: Database<AiSchema>;
  backgroundDb: Database<AiSchema>;
  pubsub: PubSub;
  chat: ChatService;
  logger: Logger;
  llm?: Partial<OpenAiOptions>;
}) {
  const store = createAssistantStore(deps.db);
  const service = createAssistantService({
    store,
    knowledge: createStoreKnowledge(store),
    provider: assistantProvider(deps.llm),
    pubsub: deps.pubsub,
    support: supportDesk(deps.chat),
    logger: deps.logger,
  });
  return { service, handlers: assistantHandlers(createAssistantStore(deps.backgroundDb), deps.logger) };
}
