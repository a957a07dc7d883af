import type { QueryResolvers } from '../__generated__/resolvers-types';
import { mayAccessConversation } from '../domain/chat-access';
import { modelQueries } from './models';

export const Query: QueryResolvers = {
  conversation: async (_, { id }, { identity, loaders }) => {
    const conversation = await loaders.conversation.load(id);
    return conversation && mayAccessConversation(identity, conversation) ? conversation : null;
  },
  myConversations: (_, __, { identity, chat }) => chat.myConversations(identity),
  conversations: (_, { status }, { identity, chat }) => chat.conversations(identity, status),
  ...modelQueries,
};
