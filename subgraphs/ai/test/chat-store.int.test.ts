import { openPostgres, type PostgresStore } from '@shop/stores';
import { postgresTargets } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../src/app';
import { createChatStore, type ChatStore, type NewChatMessage } from '../src/db/chat-store';
import { schema, type AiSchema } from '../src/db/schema';

/** The ChatStore contract: every implementation must pass it. */
for (const target of postgresTargets()) {
  describe.skipIf(target.skip)(`ChatStore contract — ${target.name}`, () => {
    let pg: PostgresStore<AiSchema>;
    let store: ChatStore;
    let drop: () => Promise<void>;

    const open = (customerId = 'usr_alice', subject = 'Late parcel') => store.startConversation({ customerId, subject, body: 'Where is it?' });
    const message = (conversationId: string, over: Partial<NewChatMessage> = {}): NewChatMessage => ({
      conversationId,
      authorId: 'usr_alice',
      authorRole: 'CUSTOMER',
      body: 'hello',
      clientMessageId: null,
      ...over,
    });
    const seqsOf = async (conversationId: string) => (await store.messagesAfter(conversationId, 0, 1000)).map((m) => m.seq);
    const lastSeqOf = async (id: string) => (await store.conversationsByIds([id]))[0]!.lastSeq;

    beforeAll(async () => {
      const database = await target.create();
      drop = database.drop;
      pg = await openPostgres({ url: database.url, schema, migrationsFolder, pgSchema: 'ai' });
      store = createChatStore(pg.db);
    });
    afterAll(async () => {
      await pg?.close();
      await drop?.();
    });

    it('opens a conversation with its first message as seq 1', async () => {
      const { conversation, message: first } = await open();
      expect(conversation).toMatchObject({ customerId: 'usr_alice', subject: 'Late parcel', status: 'OPEN', lastSeq: 1 });
      expect(conversation.id).toMatch(/^cnv_/);
      expect(first).toMatchObject({ conversationId: conversation.id, seq: 1, authorId: 'usr_alice', authorRole: 'CUSTOMER', body: 'Where is it?' });
      expect(new Date(first.createdAt).toISOString()).toBe(first.createdAt);
      expect(await store.conversationsByIds([conversation.id, 'cnv_unknown'])).toEqual([conversation]);
    });

    it('gives concurrent sends distinct, consecutive seqs', async () => {
      const { conversation } = await open();
      const sends = Array.from({ length: 30 }, (_, i) =>
        message(conversation.id, i % 2 ? { authorId: 'usr_sam', authorRole: 'SUPPORT', body: `s${i}` } : { body: `c${i}` }),
      );
      const outcomes = await Promise.all(sends.map((m) => store.appendMessage(m)));
      expect(outcomes.every((o) => o.kind === 'sent')).toBe(true);
      const seqs = outcomes.map((o) => (o.kind === 'sent' ? o.message.seq : 0)).sort((a, b) => a - b);
      expect(seqs).toEqual(Array.from({ length: 30 }, (_, i) => i + 2));
      expect(await seqsOf(conversation.id)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
      expect(await lastSeqOf(conversation.id)).toBe(31);
      // Times follow seq order.
      const stored = await store.messagesAfter(conversation.id, 0, 100);
      expect(stored.map((m) => m.createdAt)).toEqual(stored.map((m) => m.createdAt).sort());
    });

    it('does not duplicate a retried send, nor leave a gap, even when the retries race', async () => {
      const { conversation } = await open();
      const send = message(conversation.id, { clientMessageId: 'phone-1' });
      const first = await store.appendMessage(send);
      expect(first.kind).toBe('sent');
      const retry = await store.appendMessage(send);
      expect(retry).toEqual({ kind: 'duplicate', message: first.kind === 'sent' ? first.message : null });

      const racing = message(conversation.id, { clientMessageId: 'phone-2', body: 'twice' });
      const outcomes = await Promise.all(Array.from({ length: 10 }, () => store.appendMessage(racing)));
      expect(outcomes.filter((o) => o.kind === 'sent')).toHaveLength(1);
      expect(outcomes.filter((o) => o.kind === 'duplicate')).toHaveLength(9);
      expect(new Set(outcomes.map((o) => (o.kind === 'sent' || o.kind === 'duplicate' ? o.message.id : null))).size).toBe(1);
      // The next send gets the very next seq: a losing duplicate gave its seq back.
      const next = await store.appendMessage(message(conversation.id));
      expect(next.kind === 'sent' && next.message.seq).toBe(4);
      expect(await seqsOf(conversation.id)).toEqual([1, 2, 3, 4]);
    });

    it('keys a clientMessageId per author, and treats sends without one as distinct', async () => {
      const { conversation } = await open();
      const a = await store.appendMessage(message(conversation.id, { clientMessageId: 'k' }));
      const b = await store.appendMessage(message(conversation.id, { clientMessageId: 'k', authorId: 'usr_sam', authorRole: 'SUPPORT' }));
      const c = await store.appendMessage(message(conversation.id));
      const d = await store.appendMessage(message(conversation.id));
      expect([a, b, c, d].map((o) => o.kind)).toEqual(['sent', 'sent', 'sent', 'sent']);
      // Reporting a duplicate is the store's job; comparing bodies is the service's.
      expect((await store.appendMessage(message(conversation.id, { clientMessageId: 'k', body: 'other' }))).kind).toBe('duplicate');
      expect(await seqsOf(conversation.id)).toEqual([1, 2, 3, 4, 5]);
    });

    it('refuses sends to a closed or unknown conversation, but still answers a retry', async () => {
      const { conversation } = await open();
      const sent = await store.appendMessage(message(conversation.id, { clientMessageId: 'before-close' }));
      const closed = await store.closeConversation(conversation.id);
      expect(closed).toMatchObject({ id: conversation.id, status: 'CLOSED', lastSeq: 2 });
      expect(closed!.updatedAt >= conversation.updatedAt).toBe(true);
      expect(await store.closeConversation(conversation.id)).toEqual(closed);
      expect(await store.appendMessage(message(conversation.id))).toEqual({ kind: 'closed' });
      expect(await store.appendMessage(message(conversation.id, { clientMessageId: 'before-close' }))).toEqual({
        kind: 'duplicate',
        message: sent.kind === 'sent' ? sent.message : null,
      });
      expect(await store.appendMessage(message('cnv_unknown'))).toEqual({ kind: 'not_found' });
      expect(await store.closeConversation('cnv_unknown')).toBeNull();
      expect(await lastSeqOf(conversation.id)).toBe(2);
    });

    it("lists a participant's conversations and filters by status, most recently active first", async () => {
      const mine = await open('usr_lister', 'one');
      const other = await open('usr_other_lister', 'two');
      const third = await open('usr_lister', 'three');
      await store.appendMessage(message(other.conversation.id, { authorId: 'usr_staff_lister', authorRole: 'SUPPORT' }));
      await store.appendMessage(message(mine.conversation.id, { authorId: 'usr_lister' }));
      await store.closeConversation(third.conversation.id);

      const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
      expect(ids(await store.listConversations({ participantId: 'usr_lister', limit: 10 }))).toEqual([third.conversation.id, mine.conversation.id]);
      expect(ids(await store.listConversations({ participantId: 'usr_staff_lister', limit: 10 }))).toEqual([other.conversation.id]);
      expect(ids(await store.listConversations({ participantId: 'usr_lister', status: 'OPEN', limit: 10 }))).toEqual([mine.conversation.id]);
      const closed = await store.listConversations({ status: 'CLOSED', limit: 100 });
      expect(closed.every((c) => c.status === 'CLOSED')).toBe(true);
      expect(ids(closed)).toContain(third.conversation.id);
      const all = await store.listConversations({ limit: 2 });
      expect(all).toHaveLength(2);
      expect(all[0]!.updatedAt >= all[1]!.updatedAt).toBe(true);
    });

    it('reads message windows of many conversations in one query', async () => {
      const a = await open();
      const b = await open();
      for (let i = 0; i < 6; i++) await store.appendMessage(message(a.conversation.id, { body: `a${i}` }));
      for (let i = 0; i < 2; i++) await store.appendMessage(message(b.conversation.id, { body: `b${i}` }));
      const ids = [a.conversation.id, b.conversation.id, 'cnv_unknown'];
      const seqs = (rows: { conversationId: string; seq: number }[], id: string) => rows.filter((r) => r.conversationId === id).map((r) => r.seq);

      pg.resetQueryCount();
      const page = await store.messageWindows(ids, { afterSeq: 0, last: null }, 4);
      expect(pg.queryCount()).toBe(1);
      expect(seqs(page, a.conversation.id)).toEqual([1, 2, 3, 4]);
      expect(seqs(page, b.conversation.id)).toEqual([1, 2, 3]);

      const newest = await store.messageWindows(ids, { afterSeq: 0, last: 2 }, 100);
      expect(seqs(newest, a.conversation.id)).toEqual([6, 7]);
      expect(seqs(newest, b.conversation.id)).toEqual([2, 3]);
      const after = await store.messageWindows(ids, { afterSeq: 5, last: null }, 100);
      expect(seqs(after, a.conversation.id)).toEqual([6, 7]);
      expect(seqs(after, b.conversation.id)).toEqual([]);
      expect(after[0]).toMatchObject({ body: 'a4', authorRole: 'CUSTOMER' });
      const forward = await store.messagesAfter(a.conversation.id, 2, 3);
      expect(forward.map((m) => m.seq)).toEqual([3, 4, 5]);
      expect(forward[0]).toEqual(page.find((m) => m.conversationId === a.conversation.id && m.seq === 3));
    });
  });
}
