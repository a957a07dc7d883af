import { loadPolicies, policyIndex, productIndex } from './knowledge';
import type { AssistantStore } from './store';
import type { Catalogue, KnowledgeBase } from './tools';

/**
 * The knowledge base over the assistant's store. The catalogue index lives in memory and is rebuilt
 * when the stored copy changes (a few milliseconds for the demo's 520 products), so every replica
 * answers from the same catalogue although each sees only its share of the events.
 */
export function createStoreKnowledge(store: AssistantStore, policiesDir?: string): KnowledgeBase {
  const sections = loadPolicies(policiesDir);
  let cached: { version: string; catalogue: Promise<Catalogue> } | undefined;
  return {
    async catalogue() {
      const version = await store.catalogueVersion();
      if (cached?.version !== version) {
        const catalogue = store.products().then((products) => ({ byId: new Map(products.map((p) => [p.id, p])), index: productIndex(products) }));
        cached = { version, catalogue };
        catalogue.catch(() => (cached = undefined));
      }
      return cached.catalogue;
    },
    policies: { sections: new Map(sections.map((s) => [s.id, s])), index: policyIndex(sections) },
    ordersOf: (customerId, limit) => store.ordersOf(customerId, limit),
    orderOf: (customerId, number) => store.orderOf(customerId, number),
  };
}
