import { randomUUID } from 'node:crypto';
import type { Database } from '@shop/stores';
import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { AiSchema } from '../db/schema';
import { assistantChunks, assistantConversations, assistantOrders, assistantProducts, assistantTurns } from './db-schema';
import type { OrderFact, ProductFact } from './knowledge';

export interface AssistantConversationRow {
  id: string;
  customerId: string | null;
  supportConversationId: string | null;
}

export interface TurnRow {
  id: string;
  conversationId: string;
  customerId: string | null;
  seq: number;
  question: string;
  answer: string | null;
  status: string;
}

export interface OrderCreatedFacts extends Omit<OrderFact, 'createdAt'> {
  createdAt: string;
}
export interface OrderUpdatedFacts {
  orderId: string;
  number: string;
  customerId: string;
  status: string;
  version: number;
  totalMinor: number;
  currencyCode: string;
}

/** What the assistant keeps: its copy of the catalogue and of order facts, conversations, turns, chunks. */
export interface AssistantStore {
  /** Idempotent, and an event older than the stored row changes nothing. */
  upsertProduct(product: ProductFact & { slug: string }, asOf: string): Promise<void>;
  /** Changes whenever the catalogue copy changes (the in-memory index is rebuilt then). */
  catalogueVersion(): Promise<string>;
  products(): Promise<ProductFact[]>;
  recordOrderCreated(order: OrderCreatedFacts): Promise<void>;
  /** Applies a status change unless a later one (higher version) is already stored. */
  recordOrderUpdated(update: OrderUpdatedFacts): Promise<void>;
  ordersOf(customerId: string, limit: number): Promise<OrderFact[]>;
  orderOf(customerId: string, number: string): Promise<OrderFact | null>;
  createConversation(customerId: string | null): Promise<AssistantConversationRow>;
  conversation(id: string): Promise<AssistantConversationRow | null>;
  setSupportConversation(id: string, supportConversationId: string): Promise<void>;
  /** The next turn of the conversation (seq = last + 1). */
  startTurn(input: { conversation: AssistantConversationRow; question: string; provider: string }): Promise<TurnRow>;
  turn(id: string): Promise<TurnRow | null>;
  /** Finished turns before `beforeSeq`, oldest first, the last `limit`. */
  history(conversationId: string, beforeSeq: number, limit: number): Promise<TurnRow[]>;
  /** The conversation's first `limit` turns, finished or not, in order. */
  turns(conversationId: string, limit: number): Promise<TurnRow[]>;
  finishTurn(id: string, answer: string, status: 'DONE' | 'FAILED'): Promise<void>;
  appendChunk(turnId: string, seq: number, chunk: unknown): Promise<void>;
  chunksAfter(turnId: string, afterSeq: number, limit: number): Promise<{ seq: number; chunk: unknown }[]>;
}

const toOrder = (r: typeof assistantOrders.$inferSelect): OrderFact => ({
  orderId: r.orderId,
  number: r.number,
  customerId: r.customerId,
  status: r.status,
  totalMinor: r.totalMinor,
  currencyCode: r.currencyCode,
  lines: r.lines,
  createdAt: r.createdAt ? new Date(r.createdAt).toISOString() : null,
});

export function createAssistantStore(db: Database<AiSchema>): AssistantStore {
  const turnColumns = {
    id: assistantTurns.id,
    conversationId: assistantTurns.conversationId,
    customerId: assistantConversations.customerId,
    seq: assistantTurns.seq,
    question: assistantTurns.question,
    answer: assistantTurns.answer,
    status: assistantTurns.status,
  };
  return {
    async upsertProduct(p, asOf) {
      const row = { ...p, asOf };
      await db
        .insert(assistantProducts)
        .values(row)
        .onConflictDoUpdate({ target: assistantProducts.id, set: row, setWhere: sql`${assistantProducts.asOf} <= excluded.as_of` });
    },
    async catalogueVersion() {
      const [row] = await db.select({ n: sql<number>`count(*)::int`, at: sql<string>`max(${assistantProducts.asOf})::text` }).from(assistantProducts);
      return `${row?.n ?? 0}:${row?.at ?? ''}`;
    },
    async products() {
      const rows = await db.select().from(assistantProducts).orderBy(asc(assistantProducts.id));
      return rows.map(({ asOf: _asOf, slug: _slug, ...p }) => p);
    },
    async recordOrderCreated(o) {
      await db
        .insert(assistantOrders)
        .values({ ...o, statusVersion: 0 })
        // An order.updated that overtook its order.created keeps its (later) status.
        .onConflictDoUpdate({ target: assistantOrders.orderId, set: { lines: o.lines, createdAt: o.createdAt } });
    },
    async recordOrderUpdated(u) {
      const row = {
        orderId: u.orderId,
        number: u.number,
        customerId: u.customerId,
        status: u.status,
        statusVersion: u.version,
        totalMinor: u.totalMinor,
        currencyCode: u.currencyCode,
        lines: [],
      };
      await db
        .insert(assistantOrders)
        .values(row)
        .onConflictDoUpdate({
          target: assistantOrders.orderId,
          set: { status: u.status, statusVersion: u.version, totalMinor: u.totalMinor },
          setWhere: sql`${assistantOrders.statusVersion} < excluded.status_version`,
        });
    },
    async ordersOf(customerId, limit) {
      const rows = await db
        .select()
        .from(assistantOrders)
        .where(eq(assistantOrders.customerId, customerId))
        .orderBy(sql`${assistantOrders.createdAt} desc nulls last`, desc(assistantOrders.number))
        .limit(limit);
      return rows.map(toOrder);
    },
    async orderOf(customerId, number) {
      const [row] = await db
        .select()
        .from(assistantOrders)
        .where(and(eq(assistantOrders.customerId, customerId), eq(assistantOrders.number, number)))
        .limit(1);
      return row ? toOrder(row) : null;
    },
    async createConversation(customerId) {
      const [row] = await db
        .insert(assistantConversations)
        .values({ id: `asc_${randomUUID()}`, customerId })
        .returning();
      return { id: row!.id, customerId: row!.customerId, supportConversationId: row!.supportConversationId };
    },
    async conversation(id) {
      const [row] = await db.select().from(assistantConversations).where(eq(assistantConversations.id, id));
      return row ? { id: row.id, customerId: row.customerId, supportConversationId: row.supportConversationId } : null;
    },
    async setSupportConversation(id, supportConversationId) {
      await db.update(assistantConversations).set({ supportConversationId }).where(eq(assistantConversations.id, id));
    },
    async startTurn({ conversation, question, provider }) {
      const conversationId = conversation.id;
      // The unique (conversation_id, seq) settles two turns racing for the same seq: retry once.
      for (let attempt = 0; ; attempt++) {
        try {
          const [row] = await db
            .insert(assistantTurns)
            .values({
              id: `trn_${randomUUID()}`,
              conversationId,
              question,
              provider,
              seq: sql`(select coalesce(max(seq), 0) + 1 from ai.assistant_turns where conversation_id = ${conversationId})`,
            })
            .returning();
          return { ...row!, customerId: conversation.customerId };
        } catch (error) {
          if (attempt >= 3) throw error;
        }
      }
    },
    async turn(id) {
      const [row] = await db
        .select(turnColumns)
        .from(assistantTurns)
        .innerJoin(assistantConversations, eq(assistantConversations.id, assistantTurns.conversationId))
        .where(eq(assistantTurns.id, id));
      return row ?? null;
    },
    async history(conversationId, beforeSeq, limit) {
      const rows = await db
        .select(turnColumns)
        .from(assistantTurns)
        .innerJoin(assistantConversations, eq(assistantConversations.id, assistantTurns.conversationId))
        .where(and(eq(assistantTurns.conversationId, conversationId), sql`${assistantTurns.seq} < ${beforeSeq}`, eq(assistantTurns.status, 'DONE')))
        .orderBy(desc(assistantTurns.seq))
        .limit(limit);
      return rows.reverse();
    },
    async turns(conversationId, limit) {
      return db
        .select(turnColumns)
        .from(assistantTurns)
        .innerJoin(assistantConversations, eq(assistantConversations.id, assistantTurns.conversationId))
        .where(eq(assistantTurns.conversationId, conversationId))
        .orderBy(asc(assistantTurns.seq))
        .limit(limit);
    },
    async finishTurn(id, answer, status) {
      await db.update(assistantTurns).set({ answer, status, finishedAt: new Date() }).where(eq(assistantTurns.id, id));
    },
    async appendChunk(turnId, seq, chunk) {
      await db.insert(assistantChunks).values({ turnId, seq, chunk }).onConflictDoNothing();
    },
    async chunksAfter(turnId, afterSeq, limit) {
      return db
        .select({ seq: assistantChunks.seq, chunk: assistantChunks.chunk })
        .from(assistantChunks)
        .where(and(eq(assistantChunks.turnId, turnId), gt(assistantChunks.seq, afterSeq)))
        .orderBy(asc(assistantChunks.seq))
        .limit(limit);
    },
  };
}
