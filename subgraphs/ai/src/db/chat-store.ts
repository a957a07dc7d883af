import { randomUUID } from 'node:crypto';
import type { Database } from '@shop/stores';
import { and, asc, desc, eq, gt, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { ChatAuthorRole, ConversationStatus, MessageWindow } from '../domain/chat';
import { chatMessages, conversations, type AiSchema } from './schema';

/** A conversation as resolvers and subscribers see it (JSON-safe: it also travels through pub/sub). */
export interface ConversationRow {
  id: string;
  customerId: string;
  subject: string;
  status: ConversationStatus;
  createdAt: string;
  updatedAt: string;
  /** Seq of the newest message. */
  lastSeq: number;
}

export interface ChatMessageRow {
  id: string;
  conversationId: string;
  seq: number;
  authorId: string;
  authorRole: ChatAuthorRole;
  body: string;
  clientMessageId: string | null;
  createdAt: string;
}

export interface NewChatMessage {
  conversationId: string;
  authorId: string;
  authorRole: ChatAuthorRole;
  body: string;
  clientMessageId: string | null;
}

export type AppendOutcome =
  | { kind: 'sent'; message: ChatMessageRow }
  /** The author already sent a message with this clientMessageId (its body may differ). */
  | { kind: 'duplicate'; message: ChatMessageRow }
  | { kind: 'not_found' }
  | { kind: 'closed' };

/** What the chat needs from its storage. */
export interface ChatStore {
  /** Creates an OPEN conversation whose first message (seq 1) is `body`, in one transaction. */
  startConversation(input: { customerId: string; subject: string; body: string }): Promise<{ conversation: ConversationRow; message: ChatMessageRow }>;
  /**
   * Appends a message with the conversation's next seq: gapless and unique under any concurrency.
   * A repeated (conversation, author, clientMessageId) adds nothing and returns the first message.
   */
  appendMessage(input: NewChatMessage): Promise<AppendOutcome>;
  /** Sets CLOSED (already closed: unchanged); null when there is no such conversation. */
  closeConversation(id: string): Promise<ConversationRow | null>;
  /** One query for a DataLoader batch; unknown ids are left out. */
  conversationsByIds(ids: readonly string[]): Promise<ConversationRow[]>;
  /** Most recently active first; `participantId` keeps those the user is the customer of or wrote in. */
  listConversations(filter: { participantId?: string; status?: ConversationStatus | null; limit: number }): Promise<ConversationRow[]>;
  /** Messages with seq > afterSeq, oldest first, at most `limit`. */
  messagesAfter(conversationId: string, afterSeq: number, limit: number): Promise<ChatMessageRow[]>;
  /** For each conversation, the window of its messages (in seq order), `limit` at most each; one query. */
  messageWindows(conversationIds: readonly string[], window: MessageWindow, limit: number): Promise<ChatMessageRow[]>;
}

const toConversation = (r: typeof conversations.$inferSelect): ConversationRow => ({
  ...r,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});
const toMessage = (r: typeof chatMessages.$inferSelect): ChatMessageRow => ({ ...r, createdAt: r.createdAt.toISOString() });

/** Thrown inside the send transaction to undo the seq it took when the send turns out a duplicate. */
class DuplicateSend extends Error {}

// clock_timestamp(), not now(): taken after the row lock, so times follow seq order.
const clock = sql`clock_timestamp()`;

export function createChatStore(db: Database<AiSchema>): ChatStore {
  async function sentBefore(input: NewChatMessage): Promise<ChatMessageRow | null> {
    if (input.clientMessageId === null) return null;
    const [row] = await db
      .select()
      .from(chatMessages)
      .where(
        and(
          eq(chatMessages.conversationId, input.conversationId),
          eq(chatMessages.authorId, input.authorId),
          eq(chatMessages.clientMessageId, input.clientMessageId),
        ),
      );
    return row ? toMessage(row) : null;
  }

  return {
    async startConversation({ customerId, subject, body }) {
      const id = `cnv_${randomUUID()}`;
      return db.transaction(async (tx) => {
        const [conversation] = await tx.insert(conversations).values({ id, customerId, subject, lastSeq: 1 }).returning();
        const [message] = await tx
          .insert(chatMessages)
          .values({ id: `msg_${randomUUID()}`, conversationId: id, seq: 1, authorId: customerId, authorRole: 'CUSTOMER', body })
          .returning();
        return { conversation: toConversation(conversation!), message: toMessage(message!) };
      });
    },

    async appendMessage(input) {
      // A retry of a send that is already stored needs no lock (and works after closing).
      const earlier = await sentBefore(input);
      if (earlier) return { kind: 'duplicate', message: earlier };
      try {
        return await db.transaction(async (tx): Promise<AppendOutcome> => {
          // One conditional statement takes the next seq and locks the conversation until commit.
          const [next] = await tx
            .update(conversations)
            .set({ lastSeq: sql`${conversations.lastSeq} + 1`, updatedAt: clock })
            .where(and(eq(conversations.id, input.conversationId), eq(conversations.status, 'OPEN')))
            .returning({ seq: conversations.lastSeq });
          if (!next) {
            const [existing] = await tx.select({ status: conversations.status }).from(conversations).where(eq(conversations.id, input.conversationId));
            return existing ? { kind: 'closed' } : { kind: 'not_found' };
          }
          const [row] = await tx
            .insert(chatMessages)
            .values({ id: `msg_${randomUUID()}`, ...input, seq: next.seq, createdAt: clock })
            .onConflictDoNothing({ target: [chatMessages.conversationId, chatMessages.authorId, chatMessages.clientMessageId] })
            .returning();
          if (!row) throw new DuplicateSend();
          return { kind: 'sent', message: toMessage(row) };
        });
      } catch (error) {
        if (!(error instanceof DuplicateSend)) throw error;
        // A concurrent twin won the unique constraint; it has committed, so it is visible now.
        const twin = await sentBefore(input);
        if (!twin) throw new Error('duplicate chat message vanished', { cause: error });
        return { kind: 'duplicate', message: twin };
      }
    },

    async closeConversation(id) {
      const [closed] = await db
        .update(conversations)
        .set({ status: 'CLOSED', updatedAt: clock })
        .where(and(eq(conversations.id, id), eq(conversations.status, 'OPEN')))
        .returning();
      if (closed) return toConversation(closed);
      const [existing] = await db.select().from(conversations).where(eq(conversations.id, id));
      return existing ? toConversation(existing) : null;
    },

    async conversationsByIds(ids) {
      if (!ids.length) return [];
      return (
        await db
          .select()
          .from(conversations)
          .where(inArray(conversations.id, [...ids]))
      ).map(toConversation);
    },

    async listConversations({ participantId, status, limit }) {
      const conditions: SQL[] = [];
      if (status) conditions.push(eq(conversations.status, status));
      if (participantId !== undefined) {
        const wroteIn = db.selectDistinct({ id: chatMessages.conversationId }).from(chatMessages).where(eq(chatMessages.authorId, participantId));
        conditions.push(or(eq(conversations.customerId, participantId), inArray(conversations.id, wroteIn))!);
      }
      const rows = await db
        .select()
        .from(conversations)
        .where(and(...conditions))
        .orderBy(desc(conversations.updatedAt), desc(conversations.id))
        .limit(limit);
      return rows.map(toConversation);
    },

    async messagesAfter(conversationId, afterSeq, limit) {
      const rows = await db
        .select()
        .from(chatMessages)
        .where(and(eq(chatMessages.conversationId, conversationId), gt(chatMessages.seq, afterSeq)))
        .orderBy(asc(chatMessages.seq))
        .limit(limit);
      return rows.map(toMessage);
    },

    async messageWindows(conversationIds, { afterSeq, last }, limit) {
      if (!conversationIds.length) return [];
      const take = Math.min(limit, last ?? limit);
      // Numbered per conversation from the oldest (a forward page) or the newest (`last`).
      const numbered = db
        .select({
          id: chatMessages.id,
          rank: sql<number>`row_number() over (partition by ${chatMessages.conversationId} order by ${chatMessages.seq} ${last ? sql`desc` : sql`asc`})`.as(
            'rank',
          ),
        })
        .from(chatMessages)
        .where(and(inArray(chatMessages.conversationId, [...conversationIds]), gt(chatMessages.seq, afterSeq)))
        .as('numbered');
      const rows = await db
        .select({ message: chatMessages })
        .from(numbered)
        .innerJoin(chatMessages, eq(chatMessages.id, numbered.id))
        .where(lte(numbered.rank, take))
        .orderBy(asc(chatMessages.conversationId), asc(chatMessages.seq));
      return rows.map((r) => toMessage(r.message));
    },
  };
}
