import { describe, expect, it } from 'vitest';
import { evaluateModels } from '../eval/evaluate';

/** The thresholds the issue sets, on the deterministic demo history: a model that regresses fails CI. */
describe('ai models against their baselines (pnpm eval:ai)', () => {
  const r = evaluateModels();

  it('recommends at least twice as well as best sellers on held-out last orders', () => {
    expect(r.recommendations.customers).toBeGreaterThanOrEqual(30);
    expect(r.recommendations.hybrid.hitRate).toBeGreaterThanOrEqual(2 * r.recommendations.popularity.hitRate);
    expect(r.recommendations.hybrid.ndcg).toBeGreaterThan(r.recommendations.popularity.ndcg);
  });

  it('forecasts the last 8 weeks with MASE below 1 and beats seasonal-naive', () => {
    expect(r.revenue.mase).toBeLessThan(1);
    expect(r.revenue.mase).toBeLessThan(r.revenue.baselineMase);
    for (const d of r.departments) expect(d.mase, d.id).toBeLessThan(1);
    expect(r.bestSellers.count).toBeGreaterThanOrEqual(5);
    expect(r.bestSellers.mase).toBeLessThan(1);
    expect(r.bestSellers.mase).toBeLessThan(r.bestSellers.baselineMase);
  });

  it('estimates elasticity within ±30 % of the planted truth for at least 80 % of price-tested variants', () => {
    expect(r.elasticity.variants).toBeGreaterThanOrEqual(10);
    expect(r.elasticity.within30).toBeGreaterThanOrEqual(0.8);
    expect(r.elasticity.within30).toBeGreaterThan(r.elasticity.baselineWithin30);
  });

  it('suggests prices only where the history holds evidence, within ±15 % and above cost', () => {
    for (const e of r.elasticity.rows) {
      const s = e.suggestion;
      expect(Math.abs(s.suggestedPriceMinor / s.currentPriceMinor - 1)).toBeLessThanOrEqual(0.15 + 1e-9);
      expect(s.expectedWeeklyMarginMinor.suggested).toBeGreaterThanOrEqual(s.expectedWeeklyMarginMinor.current);
    }
    expect(r.pricing.suggested).toBeGreaterThan(0);
    expect(r.pricing.withoutEvidence).toBeGreaterThan(0);
  });
});
