import { hitAt, mean, ndcgAt } from '../src/domain/models/ranking-metrics';
import { trainHybrid } from '../src/domain/models/recommender';
import type { CatalogItem, SaleLine } from '../src/domain/models/sales';

export interface RecommendationEval {
  customers: number;
  hybrid: { hitRate: number; ndcg: number };
  popularity: { hitRate: number; ndcg: number };
}

/**
 * Each customer's last order is held out (with everyone's last orders removed from training);
 * the target is what that order brought that the customer had not bought before. Both the hybrid
 * model and the popularity baseline leave out what the customer owns.
 */
export function evaluateRecommendations(catalog: readonly CatalogItem[], lines: readonly SaleLine[], k = 10): RecommendationEval {
  const lastOrder = new Map<string, { orderId: string; at: number }>();
  for (const l of lines) {
    const prev = lastOrder.get(l.customerId);
    if (!prev || l.at > prev.at) lastOrder.set(l.customerId, { orderId: l.orderId, at: l.at });
  }
  const heldOut = new Set([...lastOrder.values()].map((o) => o.orderId));
  const train = lines.filter((l) => !heldOut.has(l.orderId));
  const model = trainHybrid(catalog, train);
  const hybrid = { hits: [] as number[], ndcg: [] as number[] };
  const popularity = { hits: [] as number[], ndcg: [] as number[] };
  for (const [customerId, last] of lastOrder) {
    const history = train.filter((l) => l.customerId === customerId);
    const owned = new Set(history.map((l) => l.productId));
    const relevant = new Set(lines.filter((l) => l.orderId === last.orderId && !owned.has(l.productId)).map((l) => l.productId));
    if (!relevant.size) continue;
    const ours = model.forCustomer(history, k, last.at).map((r) => r.productId);
    const base = model.popular(k, owned).map((r) => r.productId);
    hybrid.hits.push(hitAt(ours, relevant, k));
    hybrid.ndcg.push(ndcgAt(ours, relevant, k));
    popularity.hits.push(hitAt(base, relevant, k));
    popularity.ndcg.push(ndcgAt(base, relevant, k));
  }
  return {
    customers: hybrid.hits.length,
    hybrid: { hitRate: mean(hybrid.hits), ndcg: mean(hybrid.ndcg) },
    popularity: { hitRate: mean(popularity.hits), ndcg: mean(popularity.ndcg) },
  };
}
