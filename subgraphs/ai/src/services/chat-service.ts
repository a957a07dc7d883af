import { gaplessFeed, notFound, type Identity, type Logger } from '@shop/kit';
import { whenReady, type PubSub } from '@shop/stores';
import type { ChatMessageRow, ChatStore, ConversationRow } from '../db/chat-store';
import {
  afterSeqOf,
  chatError,
  checkMessageBody,
  checkSubject,
  clientMessageIdOf,
  MAX_CONVERSATIONS,
  MAX_MESSAGES_PAGE,
  type ChatUserError,
  type ConversationStatus,
} from '../domain/chat';
import { assertCustomer, assertMayAccessConversation, assertSignedIn, assertStaff, authorRoleOf } from '../domain/chat-access';

export interface ConversationOutcome {
  conversation: ConversationRow | null;
  userErrors: ChatUserError[];
}

export interface MessageOutcome {
  message: ChatMessageRow | null;
  userErrors: ChatUserError[];
}

/** The pub/sub topic of a conversation's new messages; payloads are ChatMessageRow. */
export const chatTopic = (conversationId: string) => `chat:${conversationId}`;

/** The support inbox's topic: every new conversation and message, for staff; payloads are InboxEvent. */
export const INBOX_TOPIC = 'chat:inbox';

export interface InboxEvent {
  kind: 'CONVERSATION_STARTED' | 'MESSAGE_ADDED';
  conversationId: string;
  message: ChatMessageRow;
}

const notFoundError = (field = 'conversationId') => chatError('CONVERSATION_NOT_FOUND', 'There is no such conversation.', field);

/**
 * Customer ↔ support chat. Messages are stored first; each new one is then published to the
 * conversation's topic, so subscribers on any replica get it. Publishing is best effort: a lost
 * publish costs latency, not messages, because subscribers fill gaps from the store by seq.
 */
export function createChatService({ store, pubsub, logger }: { store: ChatStore; pubsub: PubSub; logger: Logger }) {
  /** Loads a conversation for a write: null when it does not exist, FORBIDDEN when it is not the caller's. */
  async function writable(identity: Identity, conversationId: string): Promise<ConversationRow | null> {
    assertSignedIn(identity);
    const [conversation] = await store.conversationsByIds([conversationId]);
    if (conversation) assertMayAccessConversation(identity, conversation);
    return conversation ?? null;
  }

  async function publish(message: ChatMessageRow, kind: InboxEvent['kind'] = 'MESSAGE_ADDED') {
    const inbox: InboxEvent = { kind, conversationId: message.conversationId, message };
    try {
      await Promise.all([pubsub.publish(chatTopic(message.conversationId), message), pubsub.publish(INBOX_TOPIC, inbox)]);
    } catch (error) {
      logger.warn('chat message stored but not published; subscribers will catch up from the store', { conversationId: message.conversationId, error });
    }
  }

  return {
    async startConversation(identity: Identity, input: { subject: string; message: string }): Promise<ConversationOutcome> {
      const customerId = assertCustomer(identity);
      const subject = checkSubject(input.subject);
      const body = checkMessageBody(input.message, 'message');
      const userErrors = [subject, body].flatMap((c) => (c.ok ? [] : [c.error]));
      if (!subject.ok || !body.ok) return { conversation: null, userErrors };
      const { conversation, message } = await store.startConversation({ customerId, subject: subject.value, body: body.value });
      // Nobody follows a conversation that did not exist yet, but the support inbox hears of it.
      await publish(message, 'CONVERSATION_STARTED');
      return { conversation, userErrors: [] };
    },

    async send(identity: Identity, input: { conversationId: string; body: string; clientMessageId?: string | null }): Promise<MessageOutcome> {
      assertSignedIn(identity);
      const clientMessageId = clientMessageIdOf(input.clientMessageId);
      const conversation = await writable(identity, input.conversationId);
      if (!conversation) return { message: null, userErrors: [notFoundError()] };
      const body = checkMessageBody(input.body);
      if (!body.ok) return { message: null, userErrors: [body.error] };

      const outcome = await store.appendMessage({
        conversationId: conversation.id,
        authorId: identity.userId!,
        authorRole: authorRoleOf(identity),
        body: body.value,
        clientMessageId,
      });
      switch (outcome.kind) {
        case 'not_found':
          return { message: null, userErrors: [notFoundError()] };
        case 'closed':
          return { message: null, userErrors: [chatError('CONVERSATION_CLOSED', 'This conversation is closed.', 'conversationId')] };
        case 'duplicate':
          if (outcome.message.body === body.value) return { message: outcome.message, userErrors: [] };
          return {
            message: null,
            userErrors: [chatError('IDEMPOTENCY_KEY_REUSED', 'This clientMessageId was already used for a different message.', 'clientMessageId')],
          };
        case 'sent':
          await publish(outcome.message);
          return { message: outcome.message, userErrors: [] };
      }
    },

    async close(identity: Identity, conversationId: string): Promise<ConversationOutcome> {
      if (!(await writable(identity, conversationId))) return { conversation: null, userErrors: [notFoundError()] };
      const conversation = await store.closeConversation(conversationId);
      return conversation ? { conversation, userErrors: [] } : { conversation: null, userErrors: [notFoundError()] };
    },

    /** The customer's own conversations; for staff, those they wrote in. */
    myConversations(identity: Identity): Promise<ConversationRow[]> {
      return store.listConversations({ participantId: assertSignedIn(identity), limit: MAX_CONVERSATIONS });
    },

    conversations(identity: Identity, status: ConversationStatus | null | undefined): Promise<ConversationRow[]> {
      assertStaff(identity);
      return store.listConversations({ status, limit: MAX_CONVERSATIONS });
    },

    /**
     * The support inbox, live: staff only, refused before any event. Best effort like every
     * publish here; a client that reconnects re-reads `conversations` (most recently active first).
     */
    async subscribeInbox(identity: Identity): Promise<AsyncIterableIterator<InboxEvent>> {
      assertStaff(identity);
      return whenReady(pubsub.subscribe<InboxEvent>(INBOX_TOPIC));
    },

    /**
     * A conversation's messages from `afterSeq` on (from now on without it), then live. Refused
     * with a GraphQLError before anything is delivered: UNAUTHENTICATED, NOT_FOUND or FORBIDDEN.
     */
    async subscribe(identity: Identity, conversationId: string, afterSeq?: number | null): Promise<AsyncIterableIterator<ChatMessageRow>> {
      assertSignedIn(identity);
      const cursor = afterSeqOf(afterSeq);
      const [conversation] = await store.conversationsByIds([conversationId]);
      if (!conversation) throw notFound('There is no such conversation.');
      assertMayAccessConversation(identity, conversation);

      // Subscribe before reading the store (the feed's first step), so nothing falls in between.
      const live = await whenReady(pubsub.subscribe<ChatMessageRow>(chatTopic(conversationId)));
      return gaplessFeed({
        live,
        position: (message) => message.seq,
        readAfter: (after, limit) => store.messagesAfter(conversationId, after, limit),
        after: cursor ?? conversation.lastSeq,
        pageSize: MAX_MESSAGES_PAGE,
      });
    },
  };
}

export type ChatService = ReturnType<typeof createChatService>;
