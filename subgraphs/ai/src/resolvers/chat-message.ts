import type { ChatMessageResolvers } from '../__generated__/resolvers-types';

export const ChatMessage: ChatMessageResolvers = {
  author: (message) => ({ id: message.authorId }),
};
