import { estimateElasticity, MIN_PRICE_SPREAD } from './elasticity';
import { backtest, BACKTEST_WEEKS, forecastWeeks, SHARE_WEEKS, topDownBacktest, topDownForecast, type Backtest, type ForecastPoint } from './forecast';
import { priceAt, WEEK_MS, weeklySum, type CatalogItem, type SaleLine } from './sales';

/** Two years of weekly history: two seasons for Holt-Winters. */
export const HISTORY_WEEKS = 104;

export interface ForecastResult {
  model: string;
  points: ForecastPoint[];
  backtest: Backtest;
}

/** Weekly revenue (minor units) of all orders: Holt-Winters on the series itself. */
export function revenueForecast(lines: readonly SaleLine[], end: number, horizon: number): ForecastResult {
  const y = weeklySum(lines, end, HISTORY_WEEKS, (l) => l.quantity * l.unitPriceMinor);
  return { model: 'holt-winters (additive trend, multiplicative yearly season)', points: forecastWeeks(y, horizon), backtest: backtest(y) };
}

/** Log price of the product today over its mean over the share window (variants averaged). */
function logPriceGap(item: CatalogItem, at: number): number {
  let gap = 0;
  for (const v of item.variants) {
    let mean = 0;
    for (let w = 0; w < SHARE_WEEKS; w++) mean += Math.log(priceAt(v.priceHistory, at - (w + 0.5) * WEEK_MS, v.priceMinor)) / SHARE_WEEKS;
    gap += (Math.log(priceAt(v.priceHistory, at - 1, v.priceMinor)) - mean) / item.variants.length;
  }
  return gap;
}

/**
 * Weekly units of one product, top down: Holt-Winters on its department's units times its recent
 * share, the share adjusted for today's price when its elasticity is known from price tests.
 */
export function productDemandForecast(
  item: CatalogItem,
  catalog: readonly CatalogItem[],
  lines: readonly SaleLine[],
  end: number,
  horizon: number,
): ForecastResult {
  const department = new Map(catalog.map((c) => [c.id, c.categoryIds.at(-1)]));
  const root = item.categoryIds.at(-1);
  const own = lines.filter((l) => l.productId === item.id);
  const y = weeklySum(own, end, HISTORY_WEEKS, (l) => l.quantity);
  const d = weeklySum(
    lines.filter((l) => department.get(l.productId) === root),
    end,
    HISTORY_WEEKS,
    (l) => l.quantity,
  );
  const factorAt = (at: number, weeks: number) => {
    const e = estimateElasticity(item, own, at, weeks);
    return e && e.priceSpread >= MIN_PRICE_SPREAD ? Math.exp(logPriceGap(item, at) * e.elasticity) : 1;
  };
  const trainEnd = end - BACKTEST_WEEKS * WEEK_MS;
  return {
    model: 'holt-winters on the department, times the product’s 26-week share (price-adjusted by its elasticity)',
    points: topDownForecast(y, d, horizon, factorAt(end, HISTORY_WEEKS)),
    backtest: topDownBacktest(y, d, BACKTEST_WEEKS, factorAt(trainEnd, HISTORY_WEEKS - BACKTEST_WEEKS)),
  };
}
