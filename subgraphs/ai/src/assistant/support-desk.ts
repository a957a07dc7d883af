import type { ChatService } from '../services/chat-service';
import type { SupportDesk } from './turn-service';

export const HANDOVER_SUBJECT = 'Handed over by the shopping assistant';

/** Hands a question to the human support chat: the conversation's support chat when it has one, else a new one. */
export function supportDesk(chat: ChatService): SupportDesk {
  return async (identity, existing, question) => {
    if (!identity.userId || identity.role !== 'CUSTOMER') return null;
    if (existing) {
      const sent = await chat.send(identity, { conversationId: existing, body: question });
      if (sent.message) return existing;
    }
    const started = await chat.startConversation(identity, { subject: HANDOVER_SUBJECT, message: question });
    return started.conversation?.id ?? null;
  };
}
