import type { SubscriptionResolvers } from '../__generated__/resolvers-types';
import type { ChatMessageRow } from '../db/chat-store';
import type { InboxEvent } from '../services/chat-service';

export const Subscription: SubscriptionResolvers = {
  chatMessageAdded: {
    // Access is checked here, before any event: a refused client gets the error and nothing else.
    subscribe: (_, { conversationId, afterSeq }, { identity, chat }) => chat.subscribe(identity, conversationId, afterSeq),
    resolve: (message: ChatMessageRow) => message,
  },
  supportInbox: {
    subscribe: (_, _args, { identity, chat }) => chat.subscribeInbox(identity),
    resolve: (event: InboxEvent) => event,
  },
};
