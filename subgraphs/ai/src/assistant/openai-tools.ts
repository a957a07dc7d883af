import type { ProviderOutcome } from './provider';
import type { AssistantTools } from './tools';

/** The functions offered to a model; each runs with the caller's identity (see createAssistantTools). */
export const TOOL_DEFINITIONS = [
  {
    type: 'function',
    function: {
      name: 'search_products',
      description: 'Search the catalogue by words (name, brand, category, attributes); optional maximum price in US dollars.',
      parameters: { type: 'object', properties: { query: { type: 'string' }, max_price: { type: 'number' } }, required: ['query'] },
    },
  },
  {
    type: 'function',
    function: {
      name: 'search_policies',
      description: 'Search the shipping, returns, payment and privacy policies.',
      parameters: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] },
    },
  },
  { type: 'function', function: { name: 'my_orders', description: 'The signed-in customer’s latest orders.', parameters: { type: 'object', properties: {} } } },
  {
    type: 'function',
    function: {
      name: 'order_status',
      description: 'One of the signed-in customer’s orders by its number (SO-123456).',
      parameters: { type: 'object', properties: { number: { type: 'string' } }, required: ['number'] },
    },
  },
  {
    type: 'function',
    function: {
      name: 'handover_to_support',
      description: 'Hand the conversation over to the human support team when you cannot help.',
      parameters: { type: 'object', properties: { reason: { type: 'string' } } },
    },
  },
] as const;

const parse = (text: string): Record<string, unknown> => {
  try {
    const value = JSON.parse(text || '{}');
    return typeof value === 'object' && value ? value : {};
  } catch {
    return {};
  }
};

/** Runs one tool call; what it returns is also recorded as the answer's products and sources. */
export async function runTool(tools: AssistantTools, name: string, args: string, outcome: ProviderOutcome): Promise<unknown> {
  const a = parse(args);
  switch (name) {
    case 'search_products': {
      const max = typeof a.max_price === 'number' ? Math.round(a.max_price * 100) : undefined;
      const products = await tools.searchProducts(String(a.query ?? ''), { limit: 5, maxPriceMinor: max });
      for (const p of products) {
        if (!outcome.products.includes(p.id)) outcome.products.push(p.id);
        outcome.sources.push({ kind: 'PRODUCT', id: p.id, title: p.name });
      }
      return products.map((p) => ({
        id: p.id,
        name: p.name,
        brand: p.brand,
        category: p.categoryName,
        price: p.priceMinor / 100,
        attributes: p.attributes,
        description: p.description,
      }));
    }
    case 'search_policies': {
      const sections = tools.searchPolicies(String(a.query ?? ''), 3);
      for (const s of sections) outcome.sources.push({ kind: 'POLICY', id: s.id, title: s.title });
      return sections.map((s) => ({ id: s.id, title: s.title, text: s.text }));
    }
    case 'my_orders':
    case 'order_status': {
      if (!tools.signedIn) return { error: 'The caller is not signed in as a customer.' };
      const orders = name === 'my_orders' ? await tools.myOrders() : [await tools.myOrder(String(a.number ?? ''))].filter((o) => o !== null);
      for (const o of orders) outcome.sources.push({ kind: 'ORDER', id: o.number, title: `Order ${o.number}` });
      if (!orders.length) return { error: 'No such order among the caller’s orders.' };
      return orders.map(({ customerId: _customer, orderId: _id, ...o }) => ({ ...o, total: o.totalMinor / 100 }));
    }
    case 'handover_to_support': {
      const support = await tools.handover(String(a.reason ?? 'The assistant could not help.'));
      if (!support) return { error: 'Only signed-in customers can be handed over; ask them to sign in and open a support chat.' };
      outcome.handoverConversationId = support.conversationId;
      outcome.sources.push({ kind: 'SUPPORT', id: support.conversationId, title: 'Support conversation' });
      return { supportConversationId: support.conversationId };
    }
    default:
      return { error: `unknown tool ${name}` };
  }
}
