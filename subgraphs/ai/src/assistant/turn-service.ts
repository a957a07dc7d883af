import { isStaff, notFound, type Identity, type Logger } from '@shop/kit';
import { gaplessFeed } from '@shop/kit';
import { whenReady, type PubSub } from '@shop/stores';
import { chatError, checkMessageBody, type ChatUserError } from '../domain/chat';
import type { AssistantProvider } from './provider';
import type { AssistantStore, TurnRow } from './store';
import { createAssistantTools, type AssistantSource, type KnowledgeBase } from './tools';

/** One streamed piece of an answer, numbered 1, 2, 3… within its turn. */
export interface AssistantChunkRow {
  turnId: string;
  seq: number;
  delta: string;
  done: boolean;
  products: string[];
  sources: AssistantSource[];
  provider: string;
  handoverConversationId: string | null;
}

export interface AskOutcome {
  turnId: string | null;
  conversationId: string | null;
  provider: string;
  userErrors: ChatUserError[];
}

/** Stands for the support chat: opens or continues the customer's support conversation with a message. */
export type SupportDesk = (identity: Identity, existing: string | null, question: string) => Promise<string | null>;

export const assistantTopic = (turnId: string) => `assistant:${turnId}`;
const HISTORY_TURNS = 10;
/** A turn's writer that sends nothing for this long is taken for gone. */
export const DEFAULT_IDLE_MS = 60_000;
const notFoundError = () => chatError('CONVERSATION_NOT_FOUND', 'There is no such assistant conversation.', 'conversationId');

/** The owner of a conversation or turn: the signed-in user, or nobody for an anonymous shopper. */
const ownerOf = (identity: Identity) => identity.userId ?? null;

export function createAssistantService(deps: {
  store: AssistantStore;
  knowledge: KnowledgeBase;
  provider: AssistantProvider;
  pubsub: PubSub;
  support: SupportDesk;
  logger: Logger;
  idleMs?: number;
}) {
  const { store, provider, pubsub, logger } = deps;
  const running = new Set<Promise<void>>();

  async function run(identity: Identity, turn: TurnRow, supportConversationId: string | null) {
    let seq = 0;
    let answer = '';
    const push = async (chunk: Omit<AssistantChunkRow, 'turnId' | 'seq' | 'provider'>) => {
      const row: AssistantChunkRow = { turnId: turn.id, seq: ++seq, provider: provider.name, ...chunk };
      await store.appendChunk(turn.id, row.seq, row);
      await pubsub.publish(assistantTopic(turn.id), row).catch((error) => logger.warn('assistant chunk stored but not published', { turnId: turn.id, error }));
    };
    const empty = { done: false, products: [], sources: [], handoverConversationId: null };
    try {
      const history = (await store.history(turn.conversationId, turn.seq, HISTORY_TURNS)).map((t) => ({ question: t.question, answer: t.answer ?? '' }));
      let handedOver = supportConversationId;
      const tools = createAssistantTools(deps.knowledge, identity, async (question) => {
        // Support reads the customer's own words; a model's reason for handing over comes after them.
        const body = question === turn.question ? question : `${turn.question}\n\n(assistant: ${question})`;
        const id = await deps.support(identity, handedOver, [...body].slice(0, 2000).join(''));
        if (id && id !== handedOver) await store.setSupportConversation(turn.conversationId, id);
        handedOver = id ?? handedOver;
        return id ? { conversationId: id } : null;
      });
      const outcome = await provider.answer({ question: turn.question, history, tools }, async (delta) => {
        answer += delta;
        await push({ ...empty, delta });
      });
      await push({
        delta: '',
        done: true,
        products: outcome.products,
        sources: outcome.sources,
        handoverConversationId: outcome.handoverConversationId ?? null,
      });
      await store.finishTurn(turn.id, answer.trim(), 'DONE');
    } catch (error) {
      logger.error('assistant turn failed', { turnId: turn.id, error });
      const sorry = 'Sorry, something went wrong while answering. Please try again, or ask for support.';
      await push({ ...empty, delta: sorry, done: true }).catch(() => {});
      await store.finishTurn(turn.id, `${answer}${sorry}`, 'FAILED').catch(() => {});
    }
  }

  return {
    providerName: provider.name,

    /** Stores the question and starts answering in the background; the turn id comes back at once. */
    async ask(identity: Identity, input: { conversationId?: string | null; message: string }): Promise<AskOutcome> {
      const none = { turnId: null, conversationId: input.conversationId ?? null, provider: provider.name };
      const body = checkMessageBody(input.message, 'message');
      if (!body.ok) return { ...none, userErrors: [body.error] };
      const existing = input.conversationId ? await store.conversation(input.conversationId) : await store.createConversation(ownerOf(identity));
      // Someone else's conversation reads exactly like one that does not exist.
      if (!existing || existing.customerId !== ownerOf(identity)) return { ...none, userErrors: [notFoundError()] };
      const turn = await store.startTurn({ conversation: existing, question: body.value, provider: provider.name });
      const job = run(identity, turn, existing.supportConversationId).finally(() => running.delete(job));
      running.add(job);
      return { turnId: turn.id, conversationId: existing.id, provider: provider.name, userErrors: [] };
    },

    /** Every chunk of the turn from the first, then live ones, ending with the `done` chunk. */
    async subscribe(identity: Identity, turnId: string): Promise<AsyncIterableIterator<AssistantChunkRow>> {
      const turn = await store.turn(turnId);
      if (!turn || (turn.customerId !== ownerOf(identity) && !isStaff(identity))) throw notFound('There is no such assistant turn.');
      const live = await whenReady(pubsub.subscribe<AssistantChunkRow>(assistantTopic(turnId)));
      const feed = gaplessFeed({
        live,
        position: (chunk) => chunk.seq,
        readAfter: async (after, limit) => (await store.chunksAfter(turnId, after, limit)).map((r) => r.chunk as AssistantChunkRow),
        after: 0,
        pageSize: 100,
      });
      return untilDone(feed, turnId, deps.idleMs ?? DEFAULT_IDLE_MS);
    },

    /** The caller's own conversation, oldest turn first; empty for anyone else's (it reads as unknown). */
    async history(identity: Identity, conversationId: string): Promise<TurnRow[]> {
      const conversation = await store.conversation(conversationId);
      if (!conversation || conversation.customerId !== ownerOf(identity)) return [];
      return store.turns(conversationId, 50);
    },

    /** Waits for the answers still being written (shutdown). */
    async drain() {
      await Promise.allSettled([...running]);
    },
  };
}

/**
 * Ends after the `done` chunk. A turn whose writer died (its replica crashed mid-answer) sends
 * nothing more: after `idleMs` without a chunk the subscriber gets a closing chunk instead of
 * waiting for ever.
 */
async function* untilDone(feed: AsyncIterableIterator<AssistantChunkRow>, turnId: string, idleMs: number): AsyncIterableIterator<AssistantChunkRow> {
  let last: AssistantChunkRow | undefined;
  try {
    for (;;) {
      let timer: NodeJS.Timeout | undefined;
      const idle = new Promise<'idle'>((resolve) => (timer = setTimeout(() => resolve('idle'), idleMs)));
      const next = await Promise.race([feed.next(), idle]).finally(() => clearTimeout(timer));
      if (next === 'idle') {
        yield {
          turnId,
          seq: (last?.seq ?? 0) + 1,
          delta: INTERRUPTED,
          done: true,
          products: [],
          sources: [],
          provider: last?.provider ?? '',
          handoverConversationId: null,
        };
        return;
      }
      if (next.done) return;
      last = next.value;
      yield next.value;
      if (next.value.done) return;
    }
  } finally {
    await feed.return?.();
  }
}

export const INTERRUPTED = 'The answer was interrupted. Please ask again.';

export type AssistantService = ReturnType<typeof createAssistantService>;
