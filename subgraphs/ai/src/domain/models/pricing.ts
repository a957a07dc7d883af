import type { ElasticityEstimate } from './elasticity';
import { MIN_PRICE_SPREAD } from './elasticity';

/** The guardrails every suggestion stays within. */
export const GUARDRAILS = {
  /** At most ±15 % per change. */
  maxChange: 0.15,
  /** Never below cost plus 10 %. */
  minMarginOverCost: 0.1,
  /** Enough evidence: standard error at most this, and the estimate at least two errors from zero. */
  maxStandardError: 0.6,
  minWeeklyUnits: 0.5,
} as const;

export interface PriceSuggestion {
  currentPriceMinor: number;
  suggestedPriceMinor: number;
  /** Expected units a week at the suggested price over those at today's, minus one (-0.1 = 10 % fewer). */
  expectedUnitChange: number;
  /** Expected margin a week, today and at the suggested price (minor units). */
  expectedWeeklyMarginMinor: { current: number; suggested: number };
  changed: boolean;
  reason: string;
}

/** Keeps a .99 ending like the catalogue (rounding toward the current price never breaks a guardrail). */
const charm = (minor: number) => Math.max(99, Math.round(minor / 100) * 100 - 1);

/**
 * The price that maximises expected margin (price − cost) × units, units ∝ price^elasticity, within
 * the guardrails. With elastic demand (e < −1) the optimum is cost · e / (1 + e); with inelastic
 * demand margin grows with price, so the cap applies. Without enough evidence nothing changes.
 */
export function suggestPrice(currentPriceMinor: number, costMinor: number | null, estimate: ElasticityEstimate | null): PriceSuggestion {
  const unchanged = (reason: string): PriceSuggestion => ({
    currentPriceMinor,
    suggestedPriceMinor: currentPriceMinor,
    expectedUnitChange: 0,
    expectedWeeklyMarginMinor: { current: estimate && costMinor !== null ? estimate.weeklyUnits * (currentPriceMinor - costMinor) : 0, suggested: 0 },
    changed: false,
    reason,
  });
  if (costMinor === null) return unchanged('no cost price known');
  if (!estimate || estimate.priceSpread < MIN_PRICE_SPREAD || estimate.distinctPrices < 2) return unchanged('not enough price variation in the history');
  const e = estimate.elasticity;
  const se = estimate.standardError;
  if (!(se <= GUARDRAILS.maxStandardError) || Math.abs(e) < 2 * se || estimate.weeklyUnits < GUARDRAILS.minWeeklyUnits)
    return unchanged(
      `not enough evidence (elasticity ${e.toFixed(2)} ± ${Number.isFinite(se) ? se.toFixed(2) : '∞'}, ${estimate.weeklyUnits.toFixed(1)} units a week)`,
    );
  const optimum = e < -1 ? (costMinor * e) / (1 + e) : Infinity;
  const floor = Math.ceil(costMinor * (1 + GUARDRAILS.minMarginOverCost));
  const low = Math.max(floor, Math.ceil(currentPriceMinor * (1 - GUARDRAILS.maxChange)));
  const high = Math.floor(currentPriceMinor * (1 + GUARDRAILS.maxChange));
  if (low > high) return unchanged('the cost floor is above what one change may reach');
  let suggested = Math.min(high, Math.max(low, Math.round(optimum)));
  const rounded = charm(suggested);
  if (rounded >= low && rounded <= high) suggested = rounded;
  const units = (price: number) => estimate.weeklyUnits * (price / currentPriceMinor) ** e;
  const current = units(currentPriceMinor) * (currentPriceMinor - costMinor);
  const next = units(suggested) * (suggested - costMinor);
  if (suggested === currentPriceMinor || next <= current)
    return { ...unchanged('today’s price is already the best within the guardrails'), expectedWeeklyMarginMinor: { current, suggested: current } };
  const capped = optimum > high ? ' (capped at +15 %)' : optimum < low ? (low === floor ? ' (held at the cost floor)' : ' (capped at −15 %)') : '';
  return {
    currentPriceMinor,
    suggestedPriceMinor: suggested,
    expectedUnitChange: units(suggested) / units(currentPriceMinor) - 1,
    expectedWeeklyMarginMinor: { current, suggested: next },
    changed: true,
    reason: `elasticity ${e.toFixed(2)} ± ${se.toFixed(2)}: margin is highest near ${(optimum / 100).toFixed(2)}${capped}`,
  };
}
