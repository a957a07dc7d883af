import type { Identity } from '@shop/kit';
import type { Bm25Index } from './bm25';
import type { OrderFact, PolicySection, ProductFact } from './knowledge';

/** Where an answer's facts came from. */
export interface AssistantSource {
  kind: 'PRODUCT' | 'POLICY' | 'ORDER' | 'SUPPORT';
  id: string;
  title: string;
}

export interface Catalogue {
  byId: ReadonlyMap<string, ProductFact>;
  index: Bm25Index;
}

/** What the assistant reads from; orders are only ever looked up for one customer id. */
export interface KnowledgeBase {
  catalogue(): Promise<Catalogue>;
  policies: { sections: ReadonlyMap<string, PolicySection>; index: Bm25Index };
  ordersOf(customerId: string, limit: number): Promise<OrderFact[]>;
  orderOf(customerId: string, number: string): Promise<OrderFact | null>;
}

/** Opens (or reuses) the support chat of this assistant conversation; null when the caller cannot have one. */
export type Handover = (question: string) => Promise<{ conversationId: string } | null>;

export const MAX_ORDERS = 5;

/**
 * The tools an answer may use, bound to the caller's identity at the start of the turn: order
 * tools read the caller's own orders and nobody else's, whatever the question or a model asks for.
 */
export function createAssistantTools(knowledge: KnowledgeBase, identity: Identity, handover: Handover) {
  const customerId = identity.userId && identity.role === 'CUSTOMER' ? identity.userId : null;
  return {
    signedIn: customerId !== null,
    async searchProducts(query: string, options: { limit?: number; maxPriceMinor?: number } = {}): Promise<ProductFact[]> {
      const { byId, index } = await knowledge.catalogue();
      const limit = options.limit ?? 5;
      const hits = index.search(query, 200).map((h) => byId.get(h.id)!);
      const affordable = options.maxPriceMinor === undefined ? hits : hits.filter((p) => p.priceMinor <= options.maxPriceMinor!);
      return affordable.slice(0, limit);
    },
    /** The best match and its score, to tell a real match from noise. */
    async bestProductScore(query: string): Promise<number> {
      const { index } = await knowledge.catalogue();
      return index.search(query, 1)[0]?.score ?? 0;
    },
    async productsById(ids: readonly string[]): Promise<ProductFact[]> {
      const { byId } = await knowledge.catalogue();
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
    searchPolicies(query: string, limit = 2, document?: string): PolicySection[] {
      const { sections, index } = knowledge.policies;
      const scored = index.search(query, 50).filter((h) => !document || sections.get(h.id)!.document === document);
      // Further sections only when they match nearly as well as the best one.
      const preferred = scored.filter((h) => h.score >= 0.6 * scored[0]!.score).map((h) => sections.get(h.id)!);
      if (preferred.length) return preferred.slice(0, limit);
      return document ? [...sections.values()].filter((s) => s.document === document).slice(0, limit) : [];
    },
    /** The caller's most recent orders; none for anonymous callers and staff. */
    myOrders(limit = MAX_ORDERS): Promise<OrderFact[]> {
      return customerId ? knowledge.ordersOf(customerId, Math.min(limit, 20)) : Promise.resolve([]);
    },
    /** The caller's order with this number; null when it is not theirs (or does not exist: the same answer). */
    myOrder(number: string): Promise<OrderFact | null> {
      return customerId ? knowledge.orderOf(customerId, number.trim().toUpperCase()) : Promise.resolve(null);
    },
    handover,
  };
}

export type AssistantTools = ReturnType<typeof createAssistantTools>;
