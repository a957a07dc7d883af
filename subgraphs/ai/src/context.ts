import type { Identity, Logger } from '@shop/kit';
import type { AssistantService } from './assistant/turn-service';
import type { Loaders } from './loaders';
import type { ChatService } from './services/chat-service';
import type { ModelService } from './services/model-service';

export interface Context {
  identity: Identity;
  logger: Logger;
  loaders: Loaders;
  chat: ChatService;
  assistant: AssistantService;
  models: ModelService;
}
