import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import {
  AddCartLineDocument,
  CatalogPageDocument,
  CheckoutDocument,
  createShopClient,
  OrderDetailDocument,
  OrderTrackingDocument,
  ProductPageDocument,
  SearchProductsDocument,
  ShipOrderDocument,
  type OrderStatus,
  type OrderTrackingSubscription,
} from '@shop/client';
import WebSocket from 'ws';

/**
 * A storefront's whole journey through @shop/client: sign up, sign in, browse and search, fill a
 * cart, check out, and follow the order live until it is confirmed — and, with staff credentials,
 * until it ships. `pnpm example:storefront` runs it against a running `pnpm start`.
 */
export interface StorefrontOptions {
  url: string;
  /** Send registered ids (a production gateway); default: document text. */
  persistedDocuments?: boolean;
  /** Staff who ship the order, so the shopper sees it leave (the demo admin in development). */
  staff?: { email: string; password: string };
  log?: (line: string) => void;
}

export interface StorefrontRun {
  orderId: string;
  total: string;
  /** Every change the shopper saw live, in order. */
  updates: OrderTrackingSubscription['orderUpdated'][];
}

const FAILED: OrderStatus[] = ['OUT_OF_STOCK', 'PAYMENT_FAILED', 'CANCELLED'];

export async function runStorefront(options: StorefrontOptions): Promise<StorefrontRun> {
  const log = options.log ?? ((line: string) => console.log(line));
  const shop = createShopClient({ url: options.url, persistedDocuments: options.persistedDocuments, webSocketImpl: WebSocket });
  try {
    const email = `shopper-${randomUUID().slice(0, 8)}@example.com`;
    const password = 'correct-horse-42';
    const signedUp = await shop.register({ email, name: 'Example Shopper', password });
    if (!signedUp.user) throw new Error(`register: ${JSON.stringify(signedUp.userErrors)}`);
    await shop.logout();
    const signedIn = await shop.login(email, password);
    if (!signedIn.user) throw new Error(`login: ${JSON.stringify(signedIn.userErrors)}`);
    log(`signed in as ${signedIn.user.name} (${email})`);

    const catalog = await shop.request(CatalogPageDocument, { first: 24, sort: 'NEWEST' });
    log(`catalogue: ${catalog.products.totalCount} products; first page of ${catalog.products.edges.length}`);
    const hits = await shop.request(SearchProductsDocument, { query: 'shirt', first: 5 });
    log(`search "shirt": ${hits.search.totalCount} hits`);

    // The first product on the page with a variant in stock.
    let chosen: { name: string; variantId: string; price: string } | undefined;
    for (const { node } of catalog.products.edges.filter((e) => e.node.inventory?.inStock)) {
      const { product } = await shop.request(ProductPageDocument, { slug: node.slug });
      const variant = product?.variants.find((v) => (v.inventory?.available ?? 0) > 0);
      if (product && variant) {
        chosen = { name: `${product.name} (${variant.name})`, variantId: variant.id, price: `${variant.price.amount} ${variant.price.currencyCode}` };
        break;
      }
    }
    if (!chosen) throw new Error('no product in stock on the first catalogue page');
    log(`chose ${chosen.name} at ${chosen.price}`);

    const added = await shop.request(AddCartLineDocument, { variantId: chosen.variantId, quantity: 1 });
    if (!added.addCartLine.cart) throw new Error(`addCartLine: ${JSON.stringify(added.addCartLine.userErrors)}`);
    const cart = added.addCartLine.cart;
    log(`cart ${cart.id}: ${cart.totalQuantity} item(s), subtotal ${cart.subtotal.amount} ${cart.subtotal.currencyCode}`);

    // An idempotency key makes checkout safe to retry: the client resends it after a lost response.
    const checkout = await shop.request(CheckoutDocument, {
      input: {
        cartId: cart.id,
        shippingAddress: { name: 'Example Shopper', line1: '1 Harbour Street', city: 'Portland', postalCode: '97201', country: 'US' },
        payment: { cardNumber: '4242 4242 4242 4242', expiry: '12/34', cvc: '123' },
      },
      idempotencyKey: randomUUID(),
    });
    const order = checkout.checkout.order;
    if (!order) throw new Error(`checkout: ${JSON.stringify(checkout.checkout.userErrors)}`);
    log(`order ${order.number} placed: ${order.status}, total ${order.total.amount} ${order.total.currencyCode}`);

    // Follow the order from the version checkout returned: every later change, then live ones.
    const updates: StorefrontRun['updates'] = [];
    const live = shop.live(OrderTrackingDocument, { orderId: order.id, sinceVersion: order.version });
    let shipped = false;
    for await (const { orderUpdated } of live) {
      updates.push(orderUpdated);
      log(
        `  v${orderUpdated.version}: ${orderUpdated.previousStatus ?? '—'} → ${orderUpdated.status} (${orderUpdated.fulfillmentStatus}, ${orderUpdated.financialStatus})`,
      );
      if (FAILED.includes(orderUpdated.status) || orderUpdated.fulfillmentStatus !== 'UNFULFILLED') break;
      if (orderUpdated.status !== 'CONFIRMED') continue;
      if (!options.staff) break;
      if (!shipped) await shipAsStaff(options, order.id);
      shipped = true;
    }
    const { order: detail } = await shop.request(OrderDetailDocument, { id: order.id });
    log(`order ${detail?.number}: ${detail?.status}, paid with ${detail?.payments?.[0]?.method?.brand} •••• ${detail?.payments?.[0]?.method?.last4}`);
    return { orderId: order.id, total: order.total.amount, updates };
  } finally {
    await shop.close();
  }
}

async function shipAsStaff(options: StorefrontOptions, orderId: string) {
  const staff = createShopClient({ url: options.url, persistedDocuments: options.persistedDocuments });
  const signedIn = await staff.login(options.staff!.email, options.staff!.password);
  if (!signedIn.user) throw new Error(`staff login: ${JSON.stringify(signedIn.userErrors)}`);
  const { shipOrder } = await staff.request(ShipOrderDocument, { input: { orderId, carrier: 'UPS', trackingNumber: `1Z${Date.now()}` } });
  if (!shipOrder.order) throw new Error(`shipOrder: ${JSON.stringify(shipOrder.userErrors)}`);
  await staff.logout();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const url = process.env.SHOP_URL ?? 'http://localhost:4000/graphql';
  const staff = process.env.SHOP_STAFF_EMAIL ? { email: process.env.SHOP_STAFF_EMAIL, password: process.env.SHOP_STAFF_PASSWORD ?? '' } : undefined;
  runStorefront({ url, persistedDocuments: process.env.SHOP_PERSISTED_DOCUMENTS === 'true', staff }).then(
    (run) => console.log(`done: order ${run.orderId}, ${run.updates.length} live updates`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
