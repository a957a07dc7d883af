import type { SubscriptionResolvers } from '../__generated__/resolvers-types';
import type { ChatMessageRow } from '../db/chat-store';

export const Subscription: SubscriptionResolvers = {
  chatMessageAdded: {
    // Access is checked here, before any event: a refused client gets the error and nothing else.
    subscribe: (_, { conversationId, afterSeq }, { identity, chat }) => chat.subscribe(identity, conversationId, afterSeq),
    resolve: (message: ChatMessageRow) => message,
  },
};
