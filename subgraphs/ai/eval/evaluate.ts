import { productDemandForecast, revenueForecast } from '../src/domain/models/demand-forecast';
import { estimateElasticity, MIN_PRICE_SPREAD } from '../src/domain/models/elasticity';
import { backtest } from '../src/domain/models/forecast';
import { suggestPrice } from '../src/domain/models/pricing';
import { mean } from '../src/domain/models/ranking-metrics';
import { weeklySum } from '../src/domain/models/sales';
import { demoHistory } from './demo-history';
import { evaluateRecommendations } from './recommendations-eval';

/** Every model against its baseline on the deterministic demo history (temporal splits). */
export function evaluateModels() {
  const h = demoHistory();
  const recommendations = evaluateRecommendations(h.catalog, h.lines);

  const revenue = revenueForecast(h.lines, h.end, 4).backtest;
  const department = new Map(h.catalog.map((c) => [c.id, c.categoryIds.at(-1)!]));
  const departments = [...new Set(department.values())].map((d) => ({
    id: d,
    ...backtest(
      weeklySum(
        h.lines.filter((l) => department.get(l.productId) === d),
        h.end,
        104,
        (l) => l.quantity,
      ),
    ),
  }));
  const units = new Map<string, number>();
  for (const l of h.lines) units.set(l.productId, (units.get(l.productId) ?? 0) + l.quantity);
  // Best sellers: at least 1.2 units a week on average (the rest sell too rarely for any weekly model).
  const bestSellers = h.catalog
    .filter((c) => (units.get(c.id) ?? 0) >= 104 * 1.2)
    .map((c) => ({ id: c.id, ...productDemandForecast(c, h.catalog, h.lines, h.end, 4).backtest }));

  const elasticities = h.catalog.flatMap((c) => {
    const e = estimateElasticity(c, h.lines, h.end, 104);
    if (!e || e.priceSpread < MIN_PRICE_SPREAD) return [];
    const truth = h.truth.get(c.id)!;
    return c.variants.map((v) => ({
      variantId: v.id,
      truth,
      estimate: e.elasticity,
      standardError: e.standardError,
      within30: Math.abs(e.elasticity - truth) <= 0.3 * Math.abs(truth),
      suggestion: suggestPrice(v.priceMinor, v.costMinor, e),
    }));
  });
  // The baseline for elasticity: one constant for everything (-1, unit elasticity).
  const baselineWithin30 = elasticities.filter((e) => Math.abs(-1 - e.truth) <= 0.3 * Math.abs(e.truth)).length / Math.max(1, elasticities.length);
  const unchanged = h.catalog.flatMap((c) => c.variants).length - elasticities.length;
  return {
    recommendations,
    revenue,
    departments,
    bestSellers: {
      count: bestSellers.length,
      mase: mean(bestSellers.map((b) => b.mase)),
      baselineMase: mean(bestSellers.map((b) => b.baselineMase)),
      coverage: mean(bestSellers.map((b) => b.coverage)),
    },
    elasticity: {
      variants: elasticities.length,
      within30: elasticities.filter((e) => e.within30).length / Math.max(1, elasticities.length),
      baselineWithin30,
      rows: elasticities,
    },
    pricing: { suggested: elasticities.filter((e) => e.suggestion.changed).length, withoutEvidence: unchanged },
  };
}
