import { describe, expect, it } from 'vitest';
import { fitHoltWinters } from '../src/domain/models/holt-winters';
import { backtest, seasonalNaive } from '../src/domain/models/forecast';
import { fitPoisson } from '../src/domain/models/poisson-regression';
import { suggestPrice } from '../src/domain/models/pricing';
import { hitAt, ndcgAt } from '../src/domain/models/ranking-metrics';
import { trainHybrid } from '../src/domain/models/recommender';
import type { CatalogItem, SaleLine } from '../src/domain/models/sales';

const estimate = (elasticity: number, standardError = 0.2) => ({ elasticity, standardError, priceSpread: 0.2, distinctPrices: 5, weeks: 104, weeklyUnits: 3 });

describe('Poisson regression', () => {
  it('recovers the exponent of a noiseless log-log relation', () => {
    const prices = [0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3];
    const fit = fitPoisson(
      prices.map((p) => [1, Math.log(p)]),
      prices.map((p) => 100 * p ** -2),
    )!;
    expect(fit.coefficients[1]).toBeCloseTo(-2, 6);
  });
});

describe('Holt-Winters', () => {
  it('follows trend and season, and seasonal-naive repeats last year', () => {
    const y = Array.from({ length: 104 }, (_, t) => (100 + t) * (1 + 0.3 * Math.cos((2 * Math.PI * t) / 52)));
    const next = fitHoltWinters(y).forecast(4);
    for (let h = 0; h < 4; h++) expect(Math.abs(next[h]!.mean / ((204 + h) * (1 + 0.3 * Math.cos((2 * Math.PI * (104 + h)) / 52))) - 1)).toBeLessThan(0.05);
    expect(seasonalNaive(y, 2)).toEqual([y[52], y[53]]);
    expect(backtest(y).mase).toBeLessThan(0.5);
  });
});

describe('pricing guardrails', () => {
  it('moves at most 15 %, never below cost plus the floor, and not without evidence', () => {
    expect(suggestPrice(10_000, 2_000, estimate(-1.2)).suggestedPriceMinor).toBe(11_499);
    expect(suggestPrice(10_000, 2_000, estimate(-8)).suggestedPriceMinor).toBe(8_500);
    expect(suggestPrice(10_000, 8_000, estimate(-8)).suggestedPriceMinor).toBeGreaterThanOrEqual(8_800);
    expect(suggestPrice(10_000, 2_000, estimate(-1.5, 0.9)).changed).toBe(false);
    expect(suggestPrice(10_000, 2_000, null).changed).toBe(false);
    expect(suggestPrice(10_000, null, estimate(-2)).reason).toMatch(/cost/);
  });
});

describe('hybrid recommendations', () => {
  const item = (id: string, categoryId: string, brand: string): CatalogItem => ({
    id,
    name: `${brand} thing ${id}`,
    description: '',
    brand,
    categoryIds: [categoryId, 'cat_root'],
    attributes: [],
    variants: [],
  });
  const catalog = [item('a', 'cat_tents', 'Ridge'), item('b', 'cat_tents', 'Ridge'), item('c', 'cat_mugs', 'Brew'), item('new', 'cat_tents', 'Ridge')];
  const line = (orderId: string, productId: string): SaleLine => ({
    orderId,
    customerId: 'u1',
    productId,
    variantId: null,
    quantity: 1,
    unitPriceMinor: 100,
    at: 0,
  });
  const lines = [line('o1', 'a'), line('o1', 'b'), line('o2', 'c'), line('o3', 'c'), line('o4', 'c')];

  it('gives a product nobody bought its content neighbours, not the best seller', () => {
    const recs = trainHybrid(catalog, lines).similarTo('new', 2);
    expect(recs.map((r) => r.productId)).toEqual(['a', 'b']);
    expect(recs[0]!.reason).toMatch(/same category/);
  });

  it('puts co-purchases first, with their reason', () => {
    expect(trainHybrid(catalog, lines).similarTo('a', 1)[0]).toMatchObject({ productId: 'b', reason: 'bought together in 1 orders' });
  });

  it('scores rankings', () => {
    expect(hitAt(['x', 'y'], new Set(['y']), 1)).toBe(0);
    expect(hitAt(['x', 'y'], new Set(['y']), 2)).toBe(1);
    expect(ndcgAt(['y', 'x'], new Set(['y']), 10)).toBe(1);
  });
});
