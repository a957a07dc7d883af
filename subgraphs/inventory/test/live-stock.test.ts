import { randomUUID } from 'node:crypto';
import { demoStock } from '@shop/demo-data';
import { createLogger, DEMO_SECRETS, IDENTITY_EXTENSION, signIdentity, type Identity, type StartedSubgraph } from '@shop/kit';
import { InMemoryEventBus, InProcessPubSub } from '@shop/stores';
import { admin, callSubgraph, customer } from '@shop/testing';

const shopper = customer('usr_0001');
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startInventorySubgraph } from '../src/app';
import { LOW_STOCK_TOPIC, stockTopic } from '../src/events/live-stock';

/** The live stock subscriptions, driven over graphql-ws the way the gateway drives a subgraph. */
const secret = DEMO_SECRETS.GATEWAY_SECRET;
const stock = demoStock();
const level = stock.find((l) => l.quantity > 10)!;
const otherProduct = stock.find((l) => l.productId !== level.productId)!.productId;
const ADJUST = `mutation($input: AdjustStockInput!, $key: String!) { adjustStock(input: $input, idempotencyKey: $key) { userErrors { code } } }`;

describe('inventory live stock subscriptions', () => {
  let subgraph: StartedSubgraph;
  let client: Client;
  const pubsub = new InProcessPubSub(createLogger('silent'));

  beforeAll(async () => {
    subgraph = await startInventorySubgraph({
      port: 0,
      gatewaySecret: secret,
      logger: createLogger('silent'),
      seed: true,
      bus: new InMemoryEventBus(),
      pubsub,
    });
    client = createClient({
      url: subgraph.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: signIdentity(secret, { userId: null, role: null, requestId: 'gateway' }),
    });
  });
  afterAll(async () => {
    await client?.dispose();
    await subgraph?.close();
    await pubsub.close();
  });

  /** Subscribes as `identity` and collects what arrives; `stop` ends it. */
  function subscribe(query: string, identity: Identity, variables: Record<string, unknown> = {}) {
    const seen: { events: any[]; error?: any; done: boolean } = { events: [], done: false };
    const stop = client.subscribe(
      { query, variables, extensions: { [IDENTITY_EXTENSION]: signIdentity(secret, identity) } },
      { next: (v) => void seen.events.push(v), error: (e) => ((seen.error = e), (seen.done = true)), complete: () => void (seen.done = true) },
    );
    return { seen, stop };
  }

  const until = async (check: () => boolean, what: string) => {
    const deadline = Date.now() + 10_000;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  const adjust = (delta: number) =>
    callSubgraph(
      subgraph.url,
      ADJUST,
      { input: { variantId: level.variantId, warehouseId: level.warehouseId, delta, reason: 'count' }, key: randomUUID() },
      admin,
    );

  it("delivers a product's stock after each change, only for the products asked for", async () => {
    const watched = subscribe(
      `subscription($ids: [ID!]) { inventoryChanged(productIds: $ids) { product { id } available inStock variants { variant { id } available } } }`,
      { ...shopper, requestId: 'r1' },
      { ids: [level.productId] },
    );
    const other = subscribe(
      `subscription($ids: [ID!]) { inventoryChanged(productIds: $ids) { available } }`,
      { ...shopper, requestId: 'r2' },
      { ids: [otherProduct] },
    );
    await until(
      () => pubsub.activeTopics().includes(stockTopic(level.productId)) && pubsub.activeTopics().includes(stockTopic(otherProduct)),
      'the subscriptions to start',
    );
    await adjust(-1);
    await until(() => watched.seen.events.length === 1, 'the event of the first change');
    await adjust(-2);
    await until(() => watched.seen.events.length === 2, 'the event of the second change');

    const last = watched.seen.events.at(-1).data.inventoryChanged;
    const levels = await callSubgraph(subgraph.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { inventory { available } } } }`, {
      r: [{ __typename: 'Product', id: level.productId }],
    });
    expect(last.product).toEqual({ id: level.productId });
    expect(last.available).toBe(levels.data!._entities[0].inventory.available);
    expect(last.variants.find((v: any) => v.variant.id === level.variantId)).toBeTruthy();
    expect(other.seen.events).toEqual([]);
    watched.stop();
    other.stop();
  });

  it('keeps the every-product stream and low-stock alerts to staff', async () => {
    const all = subscribe('subscription { inventoryChanged { available } }', { ...shopper, requestId: 'r3' });
    const alerts = subscribe('subscription { lowStockAlerts { available } }', { ...shopper, requestId: 'r4' });
    const anon = subscribe('subscription { lowStockAlerts { available } }', { userId: null, role: null, requestId: 'r5' });
    await until(() => all.seen.done && alerts.seen.done && anon.seen.done, 'the refusals');
    // A refused subscribe is one result with errors, then the end: no events.
    const codes = (s: typeof all) => s.seen.events.flatMap((e) => e.errors ?? []).map((e: any) => e.extensions?.code);
    expect(codes(all)).toEqual(['FORBIDDEN']);
    expect(codes(alerts)).toEqual(['FORBIDDEN']);
    expect(codes(anon)).toEqual(['UNAUTHENTICATED']);
    expect([all, alerts, anon].flatMap((s) => s.seen.events.filter((e) => e.data))).toEqual([]);
  });

  it('alerts staff when a variant falls to the low-stock threshold', async () => {
    const alerts = subscribe('subscription { lowStockAlerts { product { id } variant { id } warehouse { id } available threshold } }', {
      ...admin,
      requestId: 'r6',
    });
    await until(() => pubsub.activeTopics().includes(LOW_STOCK_TOPIC), 'the subscription to start');
    const levels = await callSubgraph(
      subgraph.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on ProductVariant { inventory { levels { warehouse { id } available } } } } }`,
      { r: [{ __typename: 'ProductVariant', id: level.variantId }] },
      admin,
    );
    const here = levels.data!._entities[0].inventory.levels.find((l: any) => l.warehouse.id === level.warehouseId).available;
    await adjust(-(here - 1));
    await until(() => alerts.seen.events.length > 0, 'a low-stock alert');
    expect(alerts.seen.events[0].data.lowStockAlerts).toMatchObject({
      product: { id: level.productId },
      variant: { id: level.variantId },
      warehouse: { id: level.warehouseId },
      available: 1,
    });
    alerts.stop();
  });
});
