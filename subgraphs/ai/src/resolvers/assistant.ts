import type { AssistantChunkResolvers, MutationResolvers, QueryResolvers, SubscriptionResolvers } from '../__generated__/resolvers-types';
import type { AssistantChunkRow } from '../assistant/turn-service';

export const assistantQuery: Pick<QueryResolvers, 'assistantConversation'> = {
  assistantConversation: (_, { id }, { identity, assistant }) => assistant.history(identity, id),
};

export const assistantMutation: Pick<MutationResolvers, 'askAssistant'> = {
  askAssistant: (_, { conversationId, message }, { identity, assistant }) => assistant.ask(identity, { conversationId, message }),
};

export const assistantSubscription: Pick<SubscriptionResolvers, 'assistantReply'> = {
  assistantReply: {
    // Refused (NOT_FOUND) before any chunk when the turn is not the caller's.
    subscribe: (_, { turnId }, { identity, assistant }) => assistant.subscribe(identity, turnId),
    resolve: (chunk: AssistantChunkRow) => chunk,
  },
};

export const AssistantChunk: AssistantChunkResolvers = {
  products: (chunk) => chunk.products.map((id) => ({ id })),
  handoverConversation: (chunk, _, { loaders }) => (chunk.handoverConversationId ? loaders.conversation.load(chunk.handoverConversationId) : null),
};
