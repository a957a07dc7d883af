import type { RecommendationStore, ScoredRow } from '../db/recommendation-store';
import type { EntityRef } from '../domain/entity-ref';
import { popularNeeded, topUp } from '../domain/recommendations';

/** One field read: whose recommendations (a product or a user id) and how many. */
export interface RecommendationKey {
  id: string;
  first: number;
}

interface Plan {
  first: number;
  ranked: string[];
  exclude: ReadonlySet<string>;
}

function rankedBySource(rows: readonly ScoredRow[]): Map<string, string[]> {
  const bySource = new Map<string, string[]>();
  for (const row of [...rows].sort((a, b) => a.rank - b.rank)) {
    const list = bySource.get(row.sourceId);
    if (list) list.push(row.productId);
    else bySource.set(row.sourceId, [row.productId]);
  }
  return bySource;
}

/**
 * Answers whole batches of recommendation reads (a DataLoader batch): one ranking query for all
 * keys at the largest `first`, then, only when some list is short, one best-seller query shared by
 * the batch. So a batch costs one query, two at most.
 */
export function createRecommendationService(store: RecommendationStore) {
  async function complete(plans: Plan[]): Promise<EntityRef[][]> {
    const needed = Math.max(0, ...plans.map((p) => popularNeeded(p.ranked, p.exclude, p.first)));
    const popular = needed > 0 ? (await store.popular(needed)).map((r) => r.productId) : [];
    return plans.map((p) => topUp(p.ranked, popular, p.exclude, p.first).map((id) => ({ id })));
  }

  const largest = (keys: readonly RecommendationKey[]) => Math.max(0, ...keys.map((k) => k.first));
  const distinctIds = (keys: readonly RecommendationKey[]) => [...new Set(keys.filter((k) => k.first > 0).map((k) => k.id))];

  return {
    /** "Customers who bought this also bought", for each product key. */
    async forProducts(keys: readonly RecommendationKey[]): Promise<EntityRef[][]> {
      const ranked = rankedBySource(await store.coPurchased(distinctIds(keys), largest(keys)));
      return complete(keys.map((k) => ({ first: k.first, ranked: ranked.get(k.id) ?? [], exclude: new Set([k.id]) })));
    },

    /** Products related to what each user bought, without what they already own. */
    async forUsers(keys: readonly RecommendationKey[]): Promise<EntityRef[][]> {
      const ids = distinctIds(keys);
      if (!ids.length) return keys.map(() => []);
      const { recommended, owned } = await store.forUsers(ids, largest(keys));
      const ranked = rankedBySource(recommended);
      const ownedBy = new Map<string, Set<string>>();
      for (const o of owned) ownedBy.set(o.userId, (ownedBy.get(o.userId) ?? new Set()).add(o.productId));
      return complete(keys.map((k) => ({ first: k.first, ranked: ranked.get(k.id) ?? [], exclude: ownedBy.get(k.id) ?? new Set() })));
    },
  };
}

export type RecommendationService = ReturnType<typeof createRecommendationService>;
