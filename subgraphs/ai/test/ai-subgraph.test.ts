import { demoOrders } from '@shop/demo-data';
import { createLogger, DEMO_SECRETS, type StartedSubgraph } from '@shop/kit';
import { InMemoryEventBus, newEvent } from '@shop/stores';
import { admin, anonymous, callSubgraph, customer, waitFor } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAiSubgraph } from '../src/app';
import { historyOrderCreated } from './order-events';
import type { OrderCreatedPayload } from '../src/events/order-created';

const productId = (n: number) => `prd_${String(n).padStart(4, '0')}`;
/** Demo products are generated in bundles of 5 consecutive ids that shoppers buy together. */
const bundleOf = (id: string) => Math.floor((Number(id.slice(4)) - 1) / 5);
const ENTITIES = 'query($r: [_Any!]!, $first: Int) { _entities(representations: $r) { ... on Product { id recommendations(first: $first) { id } } } }';
const USER_ENTITIES = 'query($r: [_Any!]!, $first: Int) { _entities(representations: $r) { ... on User { id recommendedProducts(first: $first) { id } } } }';
const productReps = (ids: string[]) => ids.map((id) => ({ __typename: 'Product', id }));

describe('ai subgraph', () => {
  let subgraph: StartedSubgraph;
  const bus = new InMemoryEventBus();
  const { orders } = demoOrders(new Date());
  const events = orders.map(historyOrderCreated);

  // What the demo history says, computed independently of the subgraph.
  const ordersWith = new Map<string, Set<string>>();
  const units = new Map<string, number>();
  const owned = new Map<string, Set<string>>();
  for (const o of orders) {
    for (const l of o.lines) {
      ordersWith.set(l.productId, (ordersWith.get(l.productId) ?? new Set()).add(o.id));
      units.set(l.productId, (units.get(l.productId) ?? 0) + l.quantity);
      owned.set(o.customerId, (owned.get(o.customerId) ?? new Set()).add(l.productId));
    }
  }
  const bestSellers = [...ordersWith.keys()].sort(
    (a, b) => ordersWith.get(b)!.size - ordersWith.get(a)!.size || units.get(b)! - units.get(a)! || (a < b ? -1 : 1),
  );
  const coPurchasedWith = (id: string) =>
    new Set(
      orders
        .filter((o) => o.lines.some((l) => l.productId === id))
        .flatMap((o) => o.lines.map((l) => l.productId))
        .filter((p) => p !== id),
    );

  const recommend = async (ids: string[], first: number, as = anonymous) => {
    const res = await callSubgraph(subgraph.url, ENTITIES, { r: productReps(ids), first }, as);
    expect(res.errors).toBeUndefined();
    return new Map((res.data!._entities as { id: string; recommendations: { id: string }[] }[]).map((e) => [e.id, e.recommendations.map((r) => r.id)]));
  };

  beforeAll(async () => {
    subgraph = await startAiSubgraph({ port: 0, gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET, logger: createLogger('silent'), bus });
    await bus.publish(events);
    // Resolves once the 'ai' consumer group has handled every published event.
    await bus.idle();
  });
  afterAll(async () => {
    await subgraph?.close();
    await bus.close();
  });

  it('answers /health without a signature', async () => {
    const res = await fetch(subgraph.url.replace('/graphql', '/health'));
    expect(await res.json()).toMatchObject({ status: 'ok', subgraph: 'ai', checks: { database: 'ok' } });
  });

  it("recommends mostly products from the product's own bundle, never the product itself", async () => {
    const all = Array.from({ length: 520 }, (_, i) => productId(i + 1));
    const top = await recommend(all, 1);
    const top3 = await recommend(all, 3);
    const share = (recs: Map<string, string[]>) => {
      const list = [...recs].flatMap(([id, ids]) => ids.map((r) => bundleOf(r) === bundleOf(id)));
      return list.filter(Boolean).length / list.length;
    };
    expect(share(top)).toBeGreaterThan(0.8);
    expect(share(top3)).toBeGreaterThan(0.6);
    for (const [id, ids] of top3) {
      expect(ids).toHaveLength(3);
      expect(ids).not.toContain(id);
      expect(new Set(ids).size).toBe(3);
    }
  });

  it('defaults to 5 and ranks real co-purchases before best sellers', async () => {
    const res = await callSubgraph(
      subgraph.url,
      '{ _entities(representations: [{__typename: "Product", id: "prd_0001"}]) { ... on Product { recommendations { id } } } }',
    );
    const ids = (res.data!._entities[0].recommendations as { id: string }[]).map((r) => r.id);
    expect(ids).toHaveLength(5);
    const together = coPurchasedWith('prd_0001');
    const known = ids.filter((id) => together.has(id));
    // Co-purchased products come first; any top-up follows.
    expect(ids.slice(0, known.length)).toEqual(known);
    expect(known.length).toBeGreaterThanOrEqual(Math.min(5, together.size));
  });

  it('falls back to the best sellers for a product nobody bought', async () => {
    const recs = await recommend(['prd_never_sold'], 5);
    expect(recs.get('prd_never_sold')).toEqual(bestSellers.slice(0, 5));
  });

  it('takes first between 0 and 50', async () => {
    expect((await recommend(['prd_0001'], 0)).get('prd_0001')).toEqual([]);
    expect((await recommend(['prd_0001'], 50)).get('prd_0001')).toHaveLength(50);
    for (const first of [-1, 51]) {
      const res = await callSubgraph(subgraph.url, ENTITIES, { r: productReps(['prd_0001']), first });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('resolves 30 product references from the model in memory: at most one query (its freshness check)', async () => {
    // Products with at least 2 known co-purchases need no top-up at first: 2.
    const rich = Array.from({ length: 520 }, (_, i) => productId(i + 1))
      .filter((id) => coPurchasedWith(id).size >= 2)
      .slice(0, 30);
    expect(rich).toHaveLength(30);
    subgraph.resetQueryCount();
    const recs = await recommend(rich, 2);
    expect([...recs.values()].every((ids) => ids.length === 2)).toBe(true);
    expect(subgraph.queryCount()).toBeLessThanOrEqual(1);

    const mixed = [...rich.slice(0, 25), 'prd_x1', 'prd_x2', 'prd_x3', 'prd_x4', 'prd_x5'];
    subgraph.resetQueryCount();
    const filled = await recommend(mixed, 5);
    expect([...filled.values()].every((ids) => ids.length === 5)).toBe(true);
    expect(subgraph.queryCount()).toBeLessThanOrEqual(1);
  });

  describe("a user's recommended products", () => {
    const shopper = 'usr_0001';
    const query = `{ _entities(representations: [{__typename: "User", id: "${shopper}"}]) { ... on User { recommendedProducts { id } } } }`;

    it('shows the shopper products related to their purchases, none they already own', async () => {
      const res = await callSubgraph(subgraph.url, query, {}, customer(shopper));
      expect(res.errors).toBeUndefined();
      const ids = (res.data!._entities[0].recommendedProducts as { id: string }[]).map((r) => r.id);
      expect(ids).toHaveLength(10);
      const mine = owned.get(shopper)!;
      expect(ids.filter((id) => mine.has(id))).toEqual([]);
      // Mostly from the bundles they keep buying from.
      const theirBundles = new Set([...mine].map(bundleOf));
      expect(ids.filter((id) => theirBundles.has(bundleOf(id))).length).toBeGreaterThanOrEqual(5);
    });

    it('lets staff read them and refuses other customers and anonymous callers', async () => {
      for (const as of [admin, { userId: 'usr_support', role: 'SUPPORT' as const }]) {
        expect((await callSubgraph(subgraph.url, query, {}, as)).data?._entities[0].recommendedProducts).toHaveLength(10);
      }
      const other = await callSubgraph(subgraph.url, query, {}, customer('usr_0002'));
      expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      // Refused without taking the user down: the field is null, the entity stays.
      expect(other.data?._entities[0]).toEqual({ recommendedProducts: null });
      const anon = await callSubgraph(subgraph.url, query, {}, anonymous);
      expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('gives a customer without history the best sellers', async () => {
      const res = await callSubgraph(
        subgraph.url,
        '{ _entities(representations: [{__typename: "User", id: "usr_new"}]) { ... on User { recommendedProducts(first: 4) { id } } } }',
        {},
        customer('usr_new'),
      );
      expect(res.data?._entities[0].recommendedProducts.map((r: { id: string }) => r.id)).toEqual(bestSellers.slice(0, 4));
    });

    it('resolves 30 user references in one query (two with best-seller top-ups)', async () => {
      const reps = Array.from({ length: 30 }, (_, i) => ({ __typename: 'User', id: `usr_${String(i + 1).padStart(4, '0')}` }));
      subgraph.resetQueryCount();
      const res = await callSubgraph(subgraph.url, USER_ENTITIES, { r: reps, first: 10 }, admin);
      expect(res.errors).toBeUndefined();
      for (const e of res.data!._entities as { id: string; recommendedProducts: { id: string }[] }[]) {
        expect(e.recommendedProducts).toHaveLength(10);
        const mine = owned.get(e.id) ?? new Set();
        expect(e.recommendedProducts.filter((p) => mine.has(p.id))).toEqual([]);
      }
      expect(subgraph.queryCount()).toBeLessThanOrEqual(2);
    });
  });

  it('changes nothing when the same events are delivered again', async () => {
    const sample = Array.from({ length: 40 }, (_, i) => productId(i * 13 + 1));
    const before = await recommend(sample, 5);
    const userBefore = await callSubgraph(subgraph.url, USER_ENTITIES, { r: [{ __typename: 'User', id: 'usr_0003' }], first: 10 }, admin);
    // A sample of the history, redelivered (every order of usr_0003 among it).
    await bus.publish(events.filter((e, i) => i % 10 === 0 || (e.payload as { customerId: string }).customerId === 'usr_0003'));
    await bus.idle();
    expect(await recommend(sample, 5)).toEqual(before);
    expect(await callSubgraph(subgraph.url, USER_ENTITIES, { r: [{ __typename: 'User', id: 'usr_0003' }], first: 10 }, admin)).toEqual(userBefore);
  });

  it('learns from new orders as they are announced, skipping unreadable events', async () => {
    await bus.publish([
      newEvent('order.created', { orderId: 'ord_broken', lines: 'not a list' }),
      ...['ord_new_1', 'ord_new_2'].map((orderId) =>
        newEvent<OrderCreatedPayload>('order.created', {
          orderId,
          number: orderId,
          customerId: 'usr_new_shopper',
          currencyCode: 'USD',
          totalMinor: 2000,
          createdAt: new Date().toISOString(),
          lines: [
            { productId: 'prd_new_a', variantId: null, sku: 'A', quantity: 1, unitPriceMinor: 1000 },
            { productId: 'prd_new_b', variantId: null, sku: 'B', quantity: 1, unitPriceMinor: 1000 },
          ],
        }),
      ),
    ]);
    await bus.idle();
    // The models retrain in the background after new events; reads answer from the previous ones meanwhile.
    await waitFor(async () => (await recommend(['prd_new_a'], 3)).get('prd_new_a')?.[0] === 'prd_new_b', { message: 'the new co-purchase to be learnt' });
  });
});
