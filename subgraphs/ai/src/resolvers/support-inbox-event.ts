import type { SupportInboxEventResolvers } from '../__generated__/resolvers-types';

export const SupportInboxEvent: SupportInboxEventResolvers = {
  // A subscription keeps one context for its life: drop what an earlier event cached (updatedAt moved on).
  conversation: async (event, _args, { loaders }) => {
    const conversation = await loaders.conversation.clear(event.conversationId).load(event.conversationId);
    if (!conversation) throw new Error(`conversation ${event.conversationId} vanished`);
    return conversation;
  },
};
