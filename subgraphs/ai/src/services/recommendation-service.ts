import type { EntityRef } from '../domain/entity-ref';
import type { Recommendation } from '../domain/models/recommender';
import type { ModelService } from './model-service';

/** One field read: whose recommendations (a product or a user id) and how many. */
export interface RecommendationKey {
  id: string;
  first: number;
}

export interface ExplainedRecommendation {
  product: EntityRef;
  score: number;
  reason: string;
}

const explained = (r: Recommendation): ExplainedRecommendation => ({ product: { id: r.productId }, score: r.score, reason: r.reason });

/**
 * Answers whole batches of recommendation reads (a DataLoader batch) from the hybrid model held in
 * memory (`model-service.ts`): no query per batch beyond the model's freshness check.
 */
export function createRecommendationService(models: ModelService) {
  return {
    /**
     * Similar products: co-purchases, content neighbours and popularity blended. A product nobody
     * bought gets its content neighbours; one ai has never heard of gets the best sellers.
     */
    async forProducts(keys: readonly RecommendationKey[]): Promise<ExplainedRecommendation[][]> {
      const hybrid = await models.hybrid();
      return keys.map((k) => {
        if (k.first <= 0) return [];
        const ranked = hybrid.similarTo(k.id, k.first);
        const topUp = ranked.length < k.first ? hybrid.popular(k.first - ranked.length, new Set([k.id, ...ranked.map((r) => r.productId)])) : [];
        return [...ranked, ...topUp].map(explained);
      });
    },

    /** Products related to what each user bought (recent purchases weigh more), without what they own. */
    async forUsers(keys: readonly RecommendationKey[]): Promise<EntityRef[][]> {
      const hybrid = await models.hybrid();
      return Promise.all(
        keys.map(async (k) =>
          k.first <= 0 ? [] : hybrid.forCustomer(await models.customerHistory(k.id), k.first, Date.now()).map((r) => ({ id: r.productId })),
        ),
      );
    },
  };
}

export type RecommendationService = ReturnType<typeof createRecommendationService>;
