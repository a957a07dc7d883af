import { demoCatalog, type DemoProduct } from '@shop/demo-data';
import { createLogger, DEMO_SECRETS, type StartedSubgraph } from '@shop/kit';
import { InMemoryEventBus, type DomainEvent, type EventBus } from '@shop/stores';
import { callSubgraph, waitFor } from '@shop/testing';
import { startOrdersSubgraph, type OrdersSubgraphOptions } from '../../src/app';
import { productCreated, stockChanged } from './events';

export const ADDRESS = { name: 'Ava Haddad', line1: '1 Harbour Street', city: 'Portland', postalCode: '97201', country: 'US' };
export const CARD = { cardNumber: '4242 4242 4242 4242', expiry: '12/34', cvc: '123' };

export const CART_FIELDS =
  'id currencyCode totalQuantity subtotal { amount currencyCode } lines { id quantity available unitPrice { amount } total { amount } variant { id } product { id } }';
export const ADD = `mutation($cartId: ID, $variantId: ID!, $quantity: Int!) { addCartLine(cartId: $cartId, variantId: $variantId, quantity: $quantity) {
  cart { ${CART_FIELDS} } userErrors { code message field } } }`;
export const UPDATE = `mutation($cartId: ID, $lineId: ID!, $quantity: Int!) { updateCartLine(cartId: $cartId, lineId: $lineId, quantity: $quantity) {
  cart { ${CART_FIELDS} } userErrors { code message field } } }`;
export const REMOVE = `mutation($cartId: ID, $lineId: ID!) { removeCartLine(cartId: $cartId, lineId: $lineId) { cart { ${CART_FIELDS} } userErrors { code message field } } }`;
export const MERGE = `mutation($cartId: ID!) { mergeCart(cartId: $cartId) { cart { ${CART_FIELDS} } userErrors { code message field } } }`;
export const ORDER_FIELDS = `id number status fulfillmentStatus financialStatus version failureReason currencyCode total { amount } subtotal { amount } shipping { amount } tax { amount }
  lines { sku quantity unitPrice { amount } variant { id } } shippingAddress { name line1 line2 city postalCode country }
  shipment { carrier trackingNumber shippedAt } deliveredAt
  statusHistory { version from to previousFulfillmentStatus fulfillmentStatus previousFinancialStatus financialStatus reason at }`;
export const CHECKOUT = `mutation($input: CheckoutInput!, $key: String!) { checkout(input: $input, idempotencyKey: $key) {
  order { ${ORDER_FIELDS} } userErrors { code message field } } }`;
export const ORDER = `query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`;

export type Caller = { userId?: string | null; role?: 'CUSTOMER' | 'SUPPORT' | 'ADMIN' | null };

/** A few demo products (and their stock) the read model is fed with. */
export function testCatalog(count = 3, available = 10): { products: DemoProduct[]; events: DomainEvent[] } {
  const products = demoCatalog().products.slice(0, count);
  const events = products.flatMap((p) => [
    productCreated(p),
    stockChanged(
      p.id,
      p.variants.map((v) => ({ variantId: v.id, available })),
    ),
  ]);
  return { products, events };
}

export interface TestOrders {
  subgraph: StartedSubgraph;
  bus: EventBus;
  call<T = any>(
    query: string,
    variables: Record<string, unknown>,
    as: Caller,
  ): Promise<{ data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  close(): Promise<void>;
}

/** The orders subgraph on a free port with its catalogue read model fed and caught up. */
export async function startTestOrders(options: Partial<OrdersSubgraphOptions> & { catalog?: DomainEvent[] } = {}): Promise<TestOrders> {
  const bus = options.bus ?? new InMemoryEventBus();
  const catalog = options.catalog ?? testCatalog().events;
  await bus.publish(catalog);
  const subgraph = await startOrdersSubgraph({
    port: 0,
    gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET,
    logger: createLogger('silent'),
    seed: false,
    ...options,
    bus,
  });
  if (bus instanceof InMemoryEventBus) await bus.idle();
  else await waitFor(async () => (await bus.backlog()).pending === 0, { timeoutMs: 30_000, message: 'the catalogue events to be handled' });
  return {
    subgraph,
    bus,
    call: (query, variables, as) => callSubgraph(subgraph.url, query, variables, as),
    close: () => subgraph.close(),
  };
}
