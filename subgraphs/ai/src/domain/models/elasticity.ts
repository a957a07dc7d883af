import { fitPoisson } from './poisson-regression';
import { priceAt, weeklySum, weekStarts, type CatalogItem, type SaleLine } from './sales';

export interface ElasticityEstimate {
  elasticity: number;
  standardError: number;
  /** Standard deviation of log price over the weeks used: how much the price moved. */
  priceSpread: number;
  distinctPrices: number;
  weeks: number;
  /** Mean units a week over the window. */
  weeklyUnits: number;
}

/** Below this spread of log price (about ±5 %) the data says nothing about elasticity. */
export const MIN_PRICE_SPREAD = 0.05;

/**
 * Own-price elasticity of a product from its weekly units and its price history: Poisson
 * regression of units on log(price relative to today's), a linear trend and a yearly harmonic
 * (so that season and growth are not mistaken for price effects). Variants of a product move
 * price together in the history, so they are pooled and the estimate holds for each of them.
 */
export function estimateElasticity(item: CatalogItem, lines: readonly SaleLine[], end: number, weeks: number): ElasticityEstimate | null {
  const own = lines.filter((l) => l.productId === item.id);
  const units = weeklySum(own, end, weeks, (l) => l.quantity);
  const starts = weekStarts(end, weeks);
  const logPrice = starts.map((s) => {
    const mid = s + 3.5 * 864e5;
    const rel = item.variants.map((v) => Math.log(priceAt(v.priceHistory, mid, v.priceMinor) / v.priceMinor));
    return rel.reduce((a, b) => a + b, 0) / Math.max(1, rel.length);
  });
  const mean = logPrice.reduce((a, b) => a + b, 0) / weeks;
  const spread = Math.sqrt(logPrice.reduce((s, p) => s + (p - mean) ** 2, 0) / weeks);
  const distinctPrices = new Set(logPrice.map((p) => p.toFixed(3))).size;
  const weeklyUnits = units.reduce((a, b) => a + b, 0) / weeks;
  const rows = starts.map((_, w) => {
    const angle = (2 * Math.PI * w) / 52.18;
    return [1, logPrice[w]!, w / 52.18, Math.cos(angle), Math.sin(angle)];
  });
  const fit = spread > 0 ? fitPoisson(rows, units) : null;
  if (!fit) return weeklyUnits > 0 ? { elasticity: 0, standardError: Infinity, priceSpread: spread, distinctPrices, weeks, weeklyUnits } : null;
  return { elasticity: fit.coefficients[1]!, standardError: fit.standardErrors[1]!, priceSpread: spread, distinctPrices, weeks, weeklyUnits };
}
