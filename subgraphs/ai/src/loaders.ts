import DataLoader from 'dataloader';
import type { ChatMessageRow, ChatStore, ConversationRow } from './db/chat-store';
import type { RiskStore, StoredRisk } from './db/risk-store';
import { MAX_MESSAGES_PAGE, type MessageWindow } from './domain/chat';
import type { EntityRef } from './domain/entity-ref';
import type { ExplainedRecommendation, RecommendationKey, RecommendationService } from './services/recommendation-service';

const keyOf = (key: RecommendationKey) => `${key.first}:${key.id}`;

interface MessagesKey extends MessageWindow {
  conversationId: string;
}
const windowOf = (key: MessageWindow) => `${key.afterSeq}:${key.last ?? ''}`;

/** Messages of many conversations: one query per distinct window (usually one for the batch). */
async function loadMessages(store: ChatStore, keys: readonly MessagesKey[]): Promise<ChatMessageRow[][]> {
  const byWindow = new Map<string, MessagesKey[]>();
  for (const key of keys) byWindow.set(windowOf(key), [...(byWindow.get(windowOf(key)) ?? []), key]);
  const found = new Map<string, ChatMessageRow[]>();
  await Promise.all(
    [...byWindow].map(async ([window, group]) => {
      const ids = [...new Set(group.map((k) => k.conversationId))];
      for (const row of await store.messageWindows(ids, group[0]!, MAX_MESSAGES_PAGE)) {
        const key = `${window}|${row.conversationId}`;
        found.set(key, [...(found.get(key) ?? []), row]);
      }
    }),
  );
  return keys.map((k) => found.get(`${windowOf(k)}|${k.conversationId}`) ?? []);
}

/**
 * Made once per request. Recommendation keys carry `first`, so one `_entities` batch asking for
 * different sizes is still one batch (ranked at the largest size, cut per key).
 */
export function createLoaders(recommendations: RecommendationService, chat: ChatStore, risk: RiskStore) {
  return {
    orderRisk: new DataLoader<string, StoredRisk | null>(
      async (ids) => {
        const rows = new Map((await risk.assessments(ids)).map((r) => [r.orderId, r]));
        return ids.map((id) => rows.get(id) ?? null);
      },
      { maxBatchSize: 1000 },
    ),
    productRecommendations: new DataLoader<RecommendationKey, ExplainedRecommendation[], string>((keys) => recommendations.forProducts(keys), {
      cacheKeyFn: keyOf,
      maxBatchSize: 1000,
    }),
    userRecommendations: new DataLoader<RecommendationKey, EntityRef[], string>((keys) => recommendations.forUsers(keys), {
      cacheKeyFn: keyOf,
      maxBatchSize: 1000,
    }),
    conversation: new DataLoader<string, ConversationRow | null>(
      async (ids) => {
        const rows = new Map((await chat.conversationsByIds(ids)).map((c) => [c.id, c]));
        return ids.map((id) => rows.get(id) ?? null);
      },
      { maxBatchSize: 1000 },
    ),
    conversationMessages: new DataLoader<MessagesKey, ChatMessageRow[], string>((keys) => loadMessages(chat, keys), {
      cacheKeyFn: (k) => `${windowOf(k)}|${k.conversationId}`,
      maxBatchSize: 1000,
    }),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
