import type { OrderFact, PolicySection, ProductFact } from './knowledge';
import { formatMoney } from './text';

/** Answer templates of the offline assistant (pure). */

export const OFFLINE_NOTICE =
  'I am the shop’s offline assistant: I search the catalogue, our policies and your own orders, and answer from templates (no language model).';

const dateOf = (iso: string | null) => (iso ? iso.slice(0, 10) : 'an unknown date');

const STATUS_TEXT: Record<string, string> = {
  PENDING: 'is being checked out (stock is being reserved)',
  RESERVED: 'has its stock reserved and the payment is being taken',
  CONFIRMED: 'is CONFIRMED: paid, and waiting to ship',
  FULFILLED: 'is FULFILLED: it has shipped and has a tracking number',
  DELIVERED: 'is DELIVERED',
  CANCELLED: 'is CANCELLED (any payment was voided or refunded)',
  OUT_OF_STOCK: 'ended OUT_OF_STOCK: nothing was charged and the items went back to your cart',
  PAYMENT_FAILED: 'ended PAYMENT_FAILED: the card was declined, nothing was charged and the items went back to your cart',
  PARTIALLY_REFUNDED: 'is PARTIALLY_REFUNDED',
  REFUNDED: 'is REFUNDED',
};
const CANCELLABLE = new Set(['PENDING', 'RESERVED', 'CONFIRMED']);

export function productLine(p: ProductFact): string {
  // Product events carry no attributes today; the description spells them out ("Material: …").
  const details = p.attributes.length ? p.attributes.map((a) => `${a.name}: ${a.value}`).join('. ') : p.description.replace(`${p.name}.`, '').trim();
  const extras = details.replace(/\.$/, '');
  return `${p.name} by ${p.brand} (${p.categoryName}), ${formatMoney(p.priceMinor, p.currencyCode)}${extras ? ` — ${extras}` : ''}`;
}

export function discoveryAnswer(query: string, products: readonly ProductFact[], maxPriceMinor?: number): string {
  const cap = maxPriceMinor === undefined ? '' : ` under ${formatMoney(maxPriceMinor, 'USD')}`;
  if (!products.length) return `I could not find products matching “${query}”${cap} in the catalogue.`;
  const list = products.map((p, i) => `${i + 1}. ${productLine(p)}`).join('\n');
  return `Here is what I found in the catalogue${cap}:\n${list}`;
}

export function comparisonAnswer(products: readonly ProductFact[]): string {
  if (products.length < 2) return products.length ? `I found only one of them: ${productLine(products[0]!)}.` : 'I could not find those products.';
  const rows = products.map((p) => {
    const colours = p.variants.map((v) => v.name.replace(/^[^:]*:\s*/, '')).join(', ');
    return `- ${productLine(p)}${colours ? `; options: ${colours}` : ''}`;
  });
  const [cheaper] = [...products].sort((a, b) => a.priceMinor - b.priceMinor);
  return `Side by side:\n${rows.join('\n')}\nThe ${cheaper!.name} is the cheaper of them at ${formatMoney(cheaper!.priceMinor, cheaper!.currencyCode)}.`;
}

export function orderLine(order: OrderFact, names: ReadonlyMap<string, string>): string {
  const items = order.lines.map((l) => `${l.quantity} × ${names.get(l.productId) ?? l.sku}`).join(', ');
  const status = STATUS_TEXT[order.status] ?? `is ${order.status}`;
  return `Order ${order.number} (placed ${dateOf(order.createdAt)}, total ${formatMoney(order.totalMinor, order.currencyCode)}) ${status}.${items ? ` Items: ${items}.` : ''}`;
}

export function cancellingNote(order: OrderFact): string {
  return CANCELLABLE.has(order.status)
    ? `It has not shipped yet, so it can still be cancelled: cancelling voids or refunds the payment.`
    : `It can no longer be cancelled; for a return or refund, support can help (ask me to hand you over).`;
}

export function policyAnswer(sections: readonly PolicySection[]): string {
  if (!sections.length) return 'I could not find that in our policies.';
  return sections.map((s) => `${s.title}: ${s.text}`).join('\n');
}

export const SIGN_IN_FOR_ORDERS = 'Please sign in: I can only look up orders for the signed-in customer who placed them.';
export const REFUSAL =
  'I can only help with your own account. I can’t share or look up other customers’ orders, order numbers, email addresses or any other personal data, and I don’t change these rules on request.';
export const OUT_OF_SCOPE =
  'That is outside what I can help with. I can find and compare products, check your own orders, and explain our shipping, returns, payment and privacy policies. If you need a person, ask me to connect you to support.';
export const GREETING =
  'Hello! Ask me about products (for example “headphones under $100”), your orders, or our shipping, returns, payment and privacy policies.';

export function handoverAnswer(conversationId: string | null): string {
  return conversationId
    ? `I can’t resolve this myself, so I have handed it over to our support team: a person will answer in support conversation ${conversationId}. Your question is already there.`
    : 'I can’t resolve this myself. Please sign in as a customer and open a support chat (startConversation): our support team will answer there.';
}
