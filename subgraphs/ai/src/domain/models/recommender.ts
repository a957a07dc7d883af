import type { CatalogItem, SaleLine } from './sales';
import { contentIndex, type ContentIndex } from './content';

export interface Recommendation {
  productId: string;
  score: number;
  reason: string;
}

/** How the three signals are blended: co-purchase first, content next, a little popularity. */
export const BLEND = { coPurchase: 1, content: 0.35, popularity: 0.05 } as const;

export interface HybridModel {
  similarTo(productId: string, first: number, exclude?: ReadonlySet<string>): Recommendation[];
  forCustomer(history: readonly SaleLine[], first: number, now: number): Recommendation[];
  popular(first: number, exclude?: ReadonlySet<string>): Recommendation[];
}

/**
 * Hybrid recommendations: item-to-item collaborative filtering (cosine of the products' order
 * sets), content similarity (category, brand, attributes, words: `content.ts`) and popularity
 * (log of orders), blended. A product nobody bought still has content neighbours, so it gets
 * similar products rather than the global best sellers.
 */
export function trainHybrid(catalog: readonly CatalogItem[], lines: readonly SaleLine[]): HybridModel {
  const ordersOf = new Map<string, Set<string>>();
  const byOrder = new Map<string, Set<string>>();
  const units = new Map<string, number>();
  for (const l of lines) {
    units.set(l.productId, (units.get(l.productId) ?? 0) + l.quantity);
    (ordersOf.get(l.productId) ?? ordersOf.set(l.productId, new Set()).get(l.productId)!).add(l.orderId);
    (byOrder.get(l.orderId) ?? byOrder.set(l.orderId, new Set()).get(l.orderId)!).add(l.productId);
  }
  const together = new Map<string, Map<string, number>>();
  for (const products of byOrder.values()) {
    for (const a of products)
      for (const b of products) {
        if (a === b) continue;
        const row = together.get(a) ?? together.set(a, new Map()).get(a)!;
        row.set(b, (row.get(b) ?? 0) + 1);
      }
  }
  const maxOrders = Math.max(1, ...[...ordersOf.values()].map((s) => s.size));
  const popularity = (id: string) => Math.log1p(ordersOf.get(id)?.size ?? 0) / Math.log1p(maxOrders);
  const content: ContentIndex = contentIndex(catalog);
  const known = new Set([...catalog.map((c) => c.id), ...ordersOf.keys()]);

  function scores(productId: string): Map<string, { score: number; reason: string }> {
    const out = new Map<string, { score: number; reason: string }>();
    const n = ordersOf.get(productId)?.size ?? 0;
    for (const [b, count] of together.get(productId) ?? []) {
      const cf = count / Math.sqrt(n * (ordersOf.get(b)?.size ?? 1));
      out.set(b, { score: BLEND.coPurchase * cf, reason: `bought together in ${count} orders` });
    }
    for (const { productId: b, similarity, shared } of content.neighbours(productId)) {
      const prev = out.get(b);
      const score = (prev?.score ?? 0) + BLEND.content * similarity;
      out.set(b, { score, reason: prev?.reason ?? `similar: ${shared}` });
    }
    for (const [b, s] of out) s.score += BLEND.popularity * popularity(b);
    return out;
  }

  const ranked = (m: Map<string, { score: number; reason: string }>, first: number, exclude: ReadonlySet<string>) =>
    [...m]
      .filter(([id]) => !exclude.has(id))
      .map(([productId, s]) => ({ productId, score: s.score, reason: s.reason }))
      .sort((a, b) => b.score - a.score || (a.productId < b.productId ? -1 : 1))
      .slice(0, first);

  function popular(first: number, exclude: ReadonlySet<string> = new Set()): Recommendation[] {
    return (
      [...known]
        .filter((id) => !exclude.has(id) && (ordersOf.get(id)?.size ?? 0) > 0)
        .map((productId) => ({ productId, score: BLEND.popularity * popularity(productId), reason: `best seller (${ordersOf.get(productId)!.size} orders)` }))
        // Ties (equal order counts) go to units sold, then the id.
        .sort((a, b) => b.score - a.score || units.get(b.productId)! - units.get(a.productId)! || (a.productId < b.productId ? -1 : 1))
        .slice(0, first)
    );
  }

  return {
    popular,
    similarTo(productId, first, exclude = new Set([productId])) {
      return ranked(scores(productId), first, new Set([...exclude, productId]));
    },
    forCustomer(history, first, now) {
      // Recent purchases say more about the next order than old ones (half-life of a year).
      const weight = new Map<string, number>();
      for (const l of history) weight.set(l.productId, (weight.get(l.productId) ?? 0) + Math.pow(0.5, (now - l.at) / (365 * 864e5)));
      const owned = new Set(weight.keys());
      const total = new Map<string, { score: number; reason: string; best: number }>();
      for (const [source, w] of weight) {
        for (const [b, s] of scores(source)) {
          const prev = total.get(b);
          const contribution = w * s.score;
          if (!prev) total.set(b, { score: contribution, reason: `${s.reason} with ${source}`, best: contribution });
          else {
            prev.score += contribution;
            if (contribution > prev.best) Object.assign(prev, { best: contribution, reason: `${s.reason} with ${source}` });
          }
        }
      }
      const list = ranked(total, first, owned);
      return list.length < first ? [...list, ...popular(first - list.length, new Set([...owned, ...list.map((r) => r.productId)]))] : list;
    },
  };
}
