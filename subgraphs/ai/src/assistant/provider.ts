import type { AssistantSource, AssistantTools } from './tools';

export interface HistoryTurn {
  question: string;
  answer: string;
}

export interface ProviderRequest {
  question: string;
  /** Earlier turns of the conversation, oldest first. */
  history: HistoryTurn[];
  /** Bound to the caller: the only way a provider reaches orders or support. */
  tools: AssistantTools;
}

/** What an answer ends with: the products it names and where its facts came from. */
export interface ProviderOutcome {
  products: string[];
  sources: AssistantSource[];
  /** The support conversation the question was handed over to. */
  handoverConversationId?: string;
}

/**
 * One interface for every way of answering: the offline retrieval-and-template assistant and an
 * OpenAI-compatible chat completions API. `emit` streams text as it is produced.
 */
export interface AssistantProvider {
  /** Shown to shoppers on every chunk (`provider`), so nobody mistakes templates for a model. */
  readonly name: string;
  answer(request: ProviderRequest, emit: (delta: string) => Promise<void>): Promise<ProviderOutcome>;
}
