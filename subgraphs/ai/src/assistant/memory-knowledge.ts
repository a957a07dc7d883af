import { loadPolicies, policyIndex, productIndex, type OrderFact, type ProductFact } from './knowledge';
import type { KnowledgeBase } from './tools';

/** A knowledge base over plain lists (the evaluation and unit tests); same contract as the store's. */
export function createMemoryKnowledge(products: readonly ProductFact[], orders: readonly OrderFact[], policiesDir?: string): KnowledgeBase {
  const sections = loadPolicies(policiesDir);
  const catalogue = { byId: new Map(products.map((p) => [p.id, p])), index: productIndex(products) };
  const newestFirst = [...orders].sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
  return {
    catalogue: async () => catalogue,
    policies: { sections: new Map(sections.map((s) => [s.id, s])), index: policyIndex(sections) },
    ordersOf: async (customerId, limit) => newestFirst.filter((o) => o.customerId === customerId).slice(0, limit),
    orderOf: async (customerId, number) => orders.find((o) => o.customerId === customerId && o.number === number) ?? null,
  };
}
