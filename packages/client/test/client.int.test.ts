import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DEMO_CREDENTIALS } from '@shop/demo-data';
import { startGateway, type RunningGateway } from '@shop/gateway';
import { createLogger, DEMO_SECRETS } from '@shop/kit';
import { SUPERGRAPH_PATH } from '@shop/schema';
import { waitFor } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import WebSocket from 'ws';
import { runStorefront } from '../../../examples/storefront';
import { bootStack, JWT, stackTargets } from '../../../test/support';
import {
  AddCartLineDocument,
  CatalogPageDocument,
  CheckoutDocument,
  createShopClient,
  MyAccountDocument,
  OrderDetailDocument,
  OrderTrackingDocument,
  ProductPageDocument,
  ShipOrderDocument,
  ShopClientError,
  type OrderTrackingSubscription,
  type Session,
  type ShopClientOptions,
} from '../src';
import { startFlakyProxy } from './flaky-proxy';

/** Tokens live 6 s here, so renewal and a socket closed at its token's expiry happen within a test. */
const TOKEN_TTL_SECONDS = 6;
const ADDRESS = { name: 'Sam Client', line1: '1 Harbour Street', city: 'Portland', postalCode: '97201', country: 'US' };
const CARD = { cardNumber: '4242 4242 4242 4242', expiry: '12/34', cvc: '123' };

describe('@shop/client against the running stack', () => {
  let stack: Awaited<ReturnType<typeof bootStack>>;
  let proxy: Awaited<ReturnType<typeof startFlakyProxy>>;
  let enforcing: RunningGateway;
  const clients: ReturnType<typeof createShopClient>[] = [];
  const client = (options: Partial<ShopClientOptions> = {}) => {
    const c = createShopClient({
      url: proxy.url,
      webSocketImpl: WebSocket,
      refreshMarginMs: 1000,
      retry: { baseDelayMs: 10 },
      resume: { baseDelayMs: 50 },
      ...options,
    });
    clients.push(c);
    return c;
  };
  const shopper = async (options: Partial<ShopClientOptions> = {}) => {
    const shop = client(options);
    const email = `sdk-${randomUUID().slice(0, 8)}@example.com`;
    const { user, userErrors } = await shop.register({ email, name: 'Sam Client', password: 'correct-horse-42' });
    expect(userErrors).toEqual([]);
    return { shop, email, userId: user!.id };
  };
  const inStockVariant = async (shop: ReturnType<typeof client>) => {
    const catalog = await shop.request(CatalogPageDocument, { first: 24 });
    for (const { node } of catalog.products.edges) {
      const { product } = await shop.request(ProductPageDocument, { slug: node.slug });
      const variant = product?.variants.find((v) => (v.inventory?.available ?? 0) > 5);
      if (variant) return variant.id;
    }
    throw new Error('no variant in stock');
  };
  const placeOrder = async (shop: ReturnType<typeof client>, idempotencyKey = randomUUID()) => {
    const added = await shop.request(AddCartLineDocument, { variantId: await inStockVariant(shop), quantity: 1 });
    const { checkout } = await shop.request(CheckoutDocument, {
      input: { cartId: added.addCartLine.cart!.id, shippingAddress: ADDRESS, payment: CARD },
      idempotencyKey,
    });
    expect(checkout.userErrors).toEqual([]);
    return checkout.order!;
  };
  const follow = (shop: ReturnType<typeof client>, orderId: string, sinceVersion: number) => {
    const seen: OrderTrackingSubscription['orderUpdated'][] = [];
    const state: { error?: ShopClientError } = {};
    const subscription = shop.subscribe(
      OrderTrackingDocument,
      { orderId, sinceVersion },
      { next: (d) => void seen.push(d.orderUpdated), error: (e) => (state.error = e) },
    );
    onTestFinished(() => subscription.unsubscribe());
    return { seen, state };
  };
  const ship = async (orderId: string) => {
    const staff = client({ url: stack.gateway.url });
    await staff.login(DEMO_CREDENTIALS.admin.email, DEMO_CREDENTIALS.admin.password);
    const { shipOrder } = await staff.request(ShipOrderDocument, { input: { orderId, carrier: 'UPS', trackingNumber: `1Z${Date.now()}` } });
    expect(shipOrder.userErrors).toEqual([]);
  };

  beforeAll(async () => {
    stack = await bootStack(stackTargets[0]!, { jwt: { ...JWT, ttlSeconds: TOKEN_TTL_SECONDS } });
    proxy = await startFlakyProxy(stack.gateway.url);
    enforcing = await startGateway({
      port: 0,
      supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
      subgraphUrls: Object.fromEntries(Object.entries(stack.subgraphs).map(([name, s]) => [name, s.url])),
      gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET,
      jwt: JWT,
      trustedDocuments: 'enforce',
      rateLimit: false,
      logger: createLogger('error'),
    });
    // Booting and seeding the stack takes minutes on a busy two-core machine.
  }, 420_000);
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await enforcing?.close();
    await proxy?.close();
    await stack?.dispose();
  });

  it('types results and keeps the session: register, renew before expiry, renew after a refused token', async () => {
    const changes: (Session | null)[] = [];
    const { shop, email } = await shopper({ onSessionChange: (s) => void changes.push(s) });
    const first = shop.session!;
    expect(first.refreshToken).toBeTruthy();
    expect((await shop.request(MyAccountDocument)).me?.email).toBe(email);
    // Past the margin before expiry, five requests at once share one renewal (a refresh token is single use).
    await waitFor(() => Date.parse(first.expiresAt) - Date.now() < 1000, { timeoutMs: 10_000, message: 'the token to near its expiry' });
    const before = proxy.count('RefreshSession');
    const accounts = await Promise.all(Array.from({ length: 5 }, () => shop.request(MyAccountDocument)));
    expect(accounts.map((a) => a.me?.email)).toEqual(Array(5).fill(email));
    expect(proxy.count('RefreshSession') - before).toBe(1);
    expect(shop.session!.token).not.toBe(first.token);
    expect(shop.session!.refreshToken).not.toBe(first.refreshToken);
    expect(changes.at(-1)).toEqual(shop.session);

    // A token the gateway refuses (401) is renewed once and the operation sent again.
    const other = client({ session: { ...shop.session!, token: 'not-a-jwt', expiresAt: new Date(Date.now() + 3_600_000).toISOString() } });
    expect((await other.request(MyAccountDocument)).me?.email).toBe(email);
    expect(other.session!.token).not.toBe('not-a-jwt');
    // Without a way to renew, the refusal is reported with its code.
    const stranger = client({ session: { token: 'not-a-jwt', expiresAt: new Date(Date.now() + 3_600_000).toISOString() } });
    await expect(stranger.request(MyAccountDocument)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    // Wrong credentials are userErrors, and leave no session.
    const wrong = client();
    expect((await wrong.login(email, 'wrong-password-1')).userErrors[0]?.code).toBeTruthy();
    expect(wrong.session).toBeNull();
  });

  it('retries queries and idempotency-keyed mutations, never other mutations; one order for a checkout sent twice', async () => {
    const { shop } = await shopper();
    proxy.setPlan((name, before) => (name === 'CatalogPage' && before % 3 < 2 ? 'overloaded' : 'forward'));
    const base = proxy.count('CatalogPage');
    expect((await shop.request(CatalogPageDocument, { first: 2 })).products.edges).toHaveLength(2);
    expect(proxy.count('CatalogPage') - base).toBe(3);

    const variantId = await inStockVariant(shop);
    proxy.setPlan((name) => (name === 'AddCartLine' ? 'overloaded' : 'forward'));
    const err = await shop.request(AddCartLineDocument, { variantId, quantity: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ShopClientError);
    expect(err).toMatchObject({ code: 'OVERLOADED', status: 503 });
    expect(proxy.count('AddCartLine')).toBe(1);

    // The first checkout runs but its response is lost: the client sends it again with the same key.
    let drops = 1;
    proxy.setPlan((name) => (name === 'Checkout' && drops-- > 0 ? 'drop-response' : 'forward'));
    const base2 = proxy.count('Checkout');
    const order = await placeOrder(shop);
    expect(proxy.count('Checkout') - base2).toBe(2);
    proxy.setPlan(() => 'forward');
    const account = await shop.request(MyAccountDocument);
    expect(account.me?.orders?.totalCount).toBe(1);
    expect(account.me?.orders?.edges[0]?.node.id).toBe(order.id);
  });

  it('follows an order live and resumes after the socket drops, without gap or duplicate', async () => {
    const { shop } = await shopper();
    const order = await placeOrder(shop);
    const live = follow(shop, order.id, order.version);
    await waitFor(() => live.seen.some((u) => u.status === 'CONFIRMED'), { timeoutMs: 30_000, message: 'the order to be confirmed live' });
    // The order ships while the client cannot reconnect: only a replay from its last version can deliver it.
    proxy.blockSockets(true);
    proxy.dropSockets();
    const upgrades = proxy.upgrades.length;
    await ship(order.id);
    await waitFor(async () => (await shop.request(OrderDetailDocument, { id: order.id })).order?.fulfillmentStatus === 'FULFILLED', {
      message: 'the shipment to be stored',
    });
    await waitFor(() => proxy.upgrades.length > upgrades, { message: 'the client to try to reconnect' });
    expect(live.seen.some((u) => u.fulfillmentStatus === 'FULFILLED')).toBe(false);
    proxy.blockSockets(false);
    await waitFor(() => live.seen.some((u) => u.fulfillmentStatus === 'FULFILLED'), { timeoutMs: 30_000, message: 'the shipment after the reconnect' });
    const versions = live.seen.map((u) => u.version);
    expect(versions).toEqual(versions.map((_, i) => order.version + 1 + i));
    expect(live.state.error).toBeUndefined();
  });

  it('keeps a subscription across its token expiring: the socket is closed (4403), the token renewed, the subscription resumed', async () => {
    const { shop } = await shopper();
    const order = await placeOrder(shop);
    const live = follow(shop, order.id, order.version);
    await waitFor(() => live.seen.some((u) => u.status === 'CONFIRMED'), { timeoutMs: 30_000, message: 'the order to be confirmed live' });
    const { token } = shop.session!;
    const upgrades = proxy.upgrades.length;
    await waitFor(() => proxy.upgrades.length > upgrades && shop.session!.token !== token, { timeoutMs: 20_000, message: 'a new socket with a renewed token' });
    await ship(order.id);
    await waitFor(() => live.seen.some((u) => u.fulfillmentStatus === 'FULFILLED'), { timeoutMs: 30_000, message: 'the shipment on the new socket' });
    const versions = live.seen.map((u) => u.version);
    expect(versions).toEqual(versions.map((_, i) => order.version + 1 + i));
  });

  it('sends registered ids to a gateway enforcing trusted documents (HTTP and graphql-ws); text is refused there', async () => {
    const text = client({ url: enforcing.url });
    await expect(text.request(CatalogPageDocument, { first: 1 })).rejects.toMatchObject({ code: 'PERSISTED_QUERY_REQUIRED', status: 400 });
    const lines: string[] = [];
    const run = await runStorefront({ url: enforcing.url, persistedDocuments: true, staff: DEMO_CREDENTIALS.admin, log: (l) => void lines.push(l) });
    expect(run.updates.map((u) => u.status)).toContain('CONFIRMED');
    expect(run.updates.at(-1)?.fulfillmentStatus).toBe('FULFILLED');
    expect(lines.some((l) => l.startsWith('signed in as Example Shopper'))).toBe(true);
  });
});
