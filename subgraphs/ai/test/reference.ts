import type { Purchase } from '../src/domain/purchases';
import { compareScored, cosineScore, sumScores, type Scored } from '../src/domain/scoring';

/**
 * A brute-force, in-memory version of the recommendation queries, built on the domain's scoring
 * rules. The store contract checks the SQL against it.
 */
export function referenceModel(purchases: readonly Purchase[]) {
  const ordersOf = new Map<string, Set<string>>();
  const productsOf = new Map<string, Set<string>>();
  const ownedBy = new Map<string, Set<string>>();
  for (const p of purchases) {
    ordersOf.set(p.productId, (ordersOf.get(p.productId) ?? new Set()).add(p.orderId));
    productsOf.set(p.orderId, (productsOf.get(p.orderId) ?? new Set()).add(p.productId));
    ownedBy.set(p.customerId, (ownedBy.get(p.customerId) ?? new Set()).add(p.productId));
  }
  const count = (id: string) => ordersOf.get(id)?.size ?? 0;

  function related(productId: string): Scored[] {
    const together = new Map<string, number>();
    for (const order of ordersOf.get(productId) ?? []) {
      for (const other of productsOf.get(order)!) if (other !== productId) together.set(other, (together.get(other) ?? 0) + 1);
    }
    return [...together].map(([id, n]) => ({ productId: id, together: n, score: cosineScore(n, count(productId), count(id)) })).sort(compareScored);
  }

  return {
    coPurchased: (productId: string, limit: number) => related(productId).slice(0, limit),
    forUser(userId: string, limit: number): Scored[] {
      const owned = ownedBy.get(userId) ?? new Set<string>();
      return sumScores([...owned].flatMap(related))
        .filter((s) => !owned.has(s.productId))
        .slice(0, limit);
    },
    owned: (userId: string) => [...(ownedBy.get(userId) ?? [])].sort(),
    /** All scores a user could get, to judge a ranking with near-ties. */
    userScores: (userId: string) => new Map(sumScores([...(ownedBy.get(userId) ?? [])].flatMap(related)).map((s) => [s.productId, s.score])),
  };
}
