import type { ConversationResolvers } from '../__generated__/resolvers-types';
import { mayAccessConversation } from '../domain/chat-access';
import { messageWindow } from '../domain/chat';

/** Owned here. A reference the caller may not read resolves to null, like `Query.conversation`. */
export const Conversation: ConversationResolvers = {
  __resolveReference: async (ref, { identity, loaders }) => {
    const conversation = await loaders.conversation.load(ref.id);
    return conversation && mayAccessConversation(identity, conversation) ? conversation : null;
  },
  customer: (conversation) => ({ id: conversation.customerId }),
  messages: (conversation, { afterSeq, last }, { loaders }) =>
    loaders.conversationMessages.load({ conversationId: conversation.id, ...messageWindow(afterSeq, last) }),
};
