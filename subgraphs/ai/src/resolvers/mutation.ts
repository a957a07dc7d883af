import type { MutationResolvers } from '../__generated__/resolvers-types';

export const Mutation: MutationResolvers = {
  startConversation: (_, { subject, message }, { identity, chat }) => chat.startConversation(identity, { subject, message }),
  sendChatMessage: (_, args, { identity, chat }) => chat.send(identity, args),
  closeConversation: (_, { conversationId }, { identity, chat }) => chat.close(identity, conversationId),
};
