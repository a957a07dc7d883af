import * as compose from './compose';
import { comparisonSides, routeQuestion } from './intent';
import type { ProductFact } from './knowledge';
import type { AssistantProvider, ProviderOutcome, ProviderRequest } from './provider';
import type { AssistantSource, AssistantTools } from './tools';

/** Below this BM25 score the best catalogue match is noise, not an answer. */
const MIN_PRODUCT_SCORE = 3;

const productSources = (products: readonly ProductFact[]): AssistantSource[] => products.map((p) => ({ kind: 'PRODUCT', id: p.id, title: p.name }));

type Composed = ProviderOutcome & { text: string };

async function orderAnswer(tools: AssistantTools, aboutCancelling: boolean, numbers: string[]): Promise<Composed> {
  if (!tools.signedIn) return { text: compose.SIGN_IN_FOR_ORDERS, products: [], sources: [] };
  const orders = numbers.length ? await Promise.all(numbers.map((n) => tools.myOrder(n))) : await tools.myOrders(numbers.length || 3);
  const found = orders.filter((o) => o !== null);
  const named = await tools.productsById([...new Set(found.flatMap((o) => o.lines.map((l) => l.productId)))]);
  const names = new Map(named.map((p) => [p.id, p.name]));
  const lines = orders.map((order, i) => {
    // An order that is not the caller's reads exactly like one that does not exist.
    if (!order) return `I could not find order ${numbers[i]} among your orders.`;
    return `${compose.orderLine(order, names)}${aboutCancelling ? ` ${compose.cancellingNote(order)}` : ''}`;
  });
  if (!numbers.length)
    lines.unshift(found.length ? `Your ${found.length === 1 ? 'latest order' : `latest ${found.length} orders`}:` : 'You have no orders yet.');
  const sources: AssistantSource[] = found.map((o) => ({ kind: 'ORDER', id: o.number, title: `Order ${o.number}` }));
  return { text: lines.join('\n'), products: named.map((p) => p.id).slice(0, 10), sources };
}

async function compare(tools: AssistantTools, question: string): Promise<Composed> {
  const sides = comparisonSides(question);
  const picked = sides.length
    ? (await Promise.all(sides.map((s) => tools.searchProducts(s, { limit: 1 })))).flat()
    : await tools.searchProducts(question, { limit: 2 });
  const products = [...new Map(picked.map((p) => [p.id, p])).values()];
  return { text: compose.comparisonAnswer(products), products: products.map((p) => p.id), sources: productSources(products) };
}

/** Routes the question, runs the tools it needs and fills in a template. */
export async function composeOffline(request: ProviderRequest): Promise<Composed> {
  const { question, tools } = request;
  const routed = routeQuestion(question);
  switch (routed.intent) {
    case 'refused':
      return { text: compose.REFUSAL, products: [], sources: [] };
    case 'handover': {
      const support = await tools.handover(question);
      return {
        text: compose.handoverAnswer(support?.conversationId ?? null),
        products: [],
        sources: support ? [{ kind: 'SUPPORT', id: support.conversationId, title: 'Support conversation' }] : [],
        ...(support ? { handoverConversationId: support.conversationId } : {}),
      };
    }
    case 'order_status':
      return orderAnswer(tools, routed.aboutCancelling, routed.orderNumbers);
    case 'policy': {
      const sections = tools.searchPolicies(question, 2, routed.policy);
      return { text: compose.policyAnswer(sections), products: [], sources: sections.map((s) => ({ kind: 'POLICY', id: s.id, title: s.title })) };
    }
    case 'comparison':
      return compare(tools, question);
    case 'greeting':
      return { text: compose.GREETING, products: [], sources: [] };
    case 'out_of_scope':
      return { text: compose.OUT_OF_SCOPE, products: [], sources: [] };
    case 'discovery': {
      // A follow-up ("any under $50?") is read with the previous question's words.
      const previous = request.history.at(-1)?.question;
      let query = question;
      if ((await tools.bestProductScore(query)) < MIN_PRODUCT_SCORE) {
        const combined = `${previous ?? ''} ${question}`;
        if (!previous || (await tools.bestProductScore(combined)) < MIN_PRODUCT_SCORE) return { text: compose.OUT_OF_SCOPE, products: [], sources: [] };
        query = combined;
      }
      const products = await tools.searchProducts(query, { limit: 5, maxPriceMinor: routed.maxPriceMinor });
      return {
        text: compose.discoveryAnswer(question, products, routed.maxPriceMinor),
        products: products.map((p) => p.id),
        sources: productSources(products),
      };
    }
  }
}

/**
 * The default provider: retrieval (BM25 over the catalogue and the policy documents, the caller's
 * own orders), rule-based intent routing and answer templates. No model, no download, no network.
 */
export function createOfflineProvider(): AssistantProvider {
  return {
    name: 'offline (retrieval + templates, no language model)',
    async answer(request, emit) {
      // The first chunk goes out before any lookup: it is what the shopper sees within milliseconds.
      if (!request.history.length) await emit(`${compose.OFFLINE_NOTICE}\n`);
      const { text, ...outcome } = await composeOffline(request);
      for (const line of text.split('\n')) await emit(`${line}\n`);
      return outcome;
    },
  };
}
