import { demoCatalog, demoOrders, demoPriceHistory } from '@shop/demo-data';
import { createLogger, DEMO_SECRETS, type StartedSubgraph } from '@shop/kit';
import { InMemoryEventBus, newEvent, type DomainEvent } from '@shop/stores';
import { admin, callSubgraph, customer, waitFor } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAiSubgraph } from '../src/app';
import { historyOrderCreated } from './order-events';

const now = new Date();
const { products, categories } = demoCatalog();
const prices = demoPriceHistory(now);
const parentOf = new Map(categories.map((c) => [c.id, c.parentId]));

/** product.created v1 as the products subgraph publishes it (with attributes, costs and price history). */
const productEvent = (p: (typeof products)[number], type = 'product.created', overrides: Record<string, unknown> = {}): DomainEvent =>
  newEvent(type, {
    product: {
      id: p.id,
      slug: p.slug,
      name: p.name,
      description: p.description,
      brand: p.brand,
      categoryId: p.categoryId,
      categoryName: p.categoryId,
      categoryIds: [parentOf.get(p.categoryId)!, p.categoryId],
      priceMinor: Math.min(...p.variants.map((v) => v.priceMinor)),
      currencyCode: 'USD',
      createdAt: p.createdAt,
      attributes: p.attributes,
      variants: p.variants.map((v) => ({ ...v, currencyCode: 'USD', priceHistory: prices.get(v.id) })),
      ...overrides,
    },
  });

const FORECAST = `query($id: ID!) {
  demandForecast(productId: $id, weeks: 4) { model points { weekStart value lower upper } backtest { weeks mase seasonalNaiveMase coverage } }
  revenueForecast(weeks: 4) { model points { value lower upper } backtest { weeks mase seasonalNaiveMase coverage } }
}`;
const PRICES = `{ priceSuggestions(first: 5) { product { id } variantId sku currentPriceMinor costMinor suggestedPriceMinor suggestedPrice changed elasticity elasticityStandardError expectedUnitChange expectedWeeklyMarginChangeMinor reason } }`;
const EXPLAINED = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id recommendations(first: 5) { id } recommendationsExplained(first: 5) { product { id } score reason } } } }`;

describe('ai models through the subgraph (learnt from product and order events)', () => {
  let subgraph: StartedSubgraph;
  const bus = new InMemoryEventBus();

  beforeAll(async () => {
    subgraph = await startAiSubgraph({ port: 0, gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET, logger: createLogger('silent'), bus });
    await bus.publish([...products.map((p) => productEvent(p)), ...demoOrders(now).orders.map(historyOrderCreated)]);
    await bus.idle();
  });
  afterAll(async () => {
    await subgraph?.close();
    await bus.close();
  });

  it('explains its recommendations, and gives a new product nobody bought similar products, not best sellers', async () => {
    const fresh = { ...products[0]!, id: 'prd_fresh', name: 'Voltix Studio Headphones' };
    await bus.publish([productEvent(fresh)]);
    await bus.idle();
    const read = () =>
      callSubgraph(subgraph.url, EXPLAINED, {
        r: [
          { __typename: 'Product', id: 'prd_0002' },
          { __typename: 'Product', id: 'prd_fresh' },
        ],
      });
    // The models retrain in the background after the event; reads answer from the previous ones meanwhile.
    await waitFor(async () => /similar/.test((await read()).data?._entities[1].recommendationsExplained[0]?.reason ?? ''), {
      message: 'the new product to be learnt',
    });
    const res = await read();
    expect(res.errors).toBeUndefined();
    const [known, cold] = res.data!._entities;
    expect(known.recommendationsExplained.map((r: { product: { id: string } }) => r.product.id)).toEqual(
      known.recommendations.map((r: { id: string }) => r.id),
    );
    expect(known.recommendationsExplained[0].reason).toMatch(/bought together/);
    const categoryOf = new Map(products.map((p) => [p.id, p.categoryId]));
    expect(cold.recommendations).toHaveLength(5);
    for (const r of cold.recommendationsExplained) {
      expect(categoryOf.get(r.product.id)).toBe('cat_headphones');
      expect(r.reason).toMatch(/similar/);
      expect(r.score).toBeGreaterThan(0);
    }
  });

  it('forecasts demand and revenue for staff with intervals and a backtest that beats seasonal-naive', async () => {
    const res = await callSubgraph(subgraph.url, FORECAST, { id: 'prd_0027' }, admin);
    expect(res.errors).toBeUndefined();
    const { demandForecast, revenueForecast } = res.data!;
    for (const f of [demandForecast, revenueForecast]) {
      expect(f.points).toHaveLength(4);
      for (const p of f.points) expect(p.lower <= p.value && p.value <= p.upper).toBe(true);
      expect(f.backtest.weeks).toBe(8);
      expect(f.model).toMatch(/holt-winters/);
    }
    expect(revenueForecast.backtest.mase).toBeLessThan(1);
    expect(revenueForecast.backtest.mase).toBeLessThan(revenueForecast.backtest.seasonalNaiveMase);
    expect(Date.parse(demandForecast.points[1].weekStart) - Date.parse(demandForecast.points[0].weekStart)).toBe(7 * 864e5);
    expect((await callSubgraph(subgraph.url, FORECAST, { id: 'prd_unknown' }, admin)).data!.demandForecast).toBeNull();
  });

  it('suggests guarded prices for staff, to be applied through products’ updateProduct', async () => {
    const res = await callSubgraph(subgraph.url, PRICES, {}, admin);
    expect(res.errors).toBeUndefined();
    const suggestions = res.data!.priceSuggestions;
    expect(suggestions).toHaveLength(5);
    for (const s of suggestions) {
      expect(s.changed).toBe(true);
      expect(Math.abs(s.suggestedPriceMinor / s.currentPriceMinor - 1)).toBeLessThanOrEqual(0.15);
      expect(s.suggestedPriceMinor).toBeGreaterThan(s.costMinor);
      expect(s.elasticity).toBeLessThan(-1);
      expect(s.expectedWeeklyMarginChangeMinor).toBeGreaterThan(0);
      expect(s.suggestedPrice).toBe(`${Math.floor(s.suggestedPriceMinor / 100)}.${String(s.suggestedPriceMinor % 100).padStart(2, '0')}`);
    }
  });

  it('keeps forecasts and suggestions from customers and anonymous callers, and checks its arguments', async () => {
    const asCustomer = await callSubgraph(subgraph.url, PRICES, {}, customer('usr_0001'));
    expect(asCustomer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anon = await callSubgraph(subgraph.url, '{ revenueForecast { model } }');
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const bad = await callSubgraph(subgraph.url, '{ revenueForecast(weeks: 27) { model } }', {}, admin);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
