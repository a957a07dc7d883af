import { fitHoltWinters } from './holt-winters';

export interface ForecastPoint {
  /** Index of the week after the history (0 = next week). */
  week: number;
  value: number;
  lower: number;
  upper: number;
}

export interface Backtest {
  weeks: number;
  /** Mean absolute error of the model on the held-out weeks over the in-sample MAE of seasonal-naive (Hyndman's MASE). */
  mase: number;
  /** The same for the seasonal-naive forecast itself on the held-out weeks: the baseline's MASE. */
  baselineMase: number;
  /** Share of held-out weeks inside the 80 % interval. */
  coverage: number;
}

export const BACKTEST_WEEKS = 8;
const PERIOD = 52;

/** Seasonal-naive: each week as the same week a year before. */
export function seasonalNaive(y: readonly number[], horizon: number, period = PERIOD): number[] {
  return Array.from({ length: horizon }, (_, h) => y[y.length - period + (h % period)] ?? y.at(-1) ?? 0);
}

function naiveScale(y: readonly number[], period: number): number {
  let sum = 0;
  for (let t = period; t < y.length; t++) sum += Math.abs(y[t]! - y[t - period]!);
  return sum / Math.max(1, y.length - period) || 1;
}

/** Trains on all but the last `weeks` and scores the forecast of those weeks against seasonal-naive. */
export function backtest(y: readonly number[], weeks = BACKTEST_WEEKS, period = PERIOD): Backtest {
  const train = y.slice(0, y.length - weeks);
  const test = y.slice(y.length - weeks);
  const points = fitHoltWinters(train, period).forecast(weeks);
  const naive = seasonalNaive(train, weeks, period);
  const scale = naiveScale(train, period);
  const mae = (f: readonly number[]) => test.reduce((s, v, i) => s + Math.abs(v - f[i]!), 0) / weeks;
  return {
    weeks,
    mase: mae(points.map((p) => p.mean)) / scale,
    baselineMase: mae(naive) / scale,
    coverage: test.filter((v, i) => v >= points[i]!.lower && v <= points[i]!.upper).length / weeks,
  };
}

/** The next `horizon` weeks with 80 % intervals, from the whole history. */
export function forecastWeeks(y: readonly number[], horizon: number, period = PERIOD): ForecastPoint[] {
  return fitHoltWinters(y, period)
    .forecast(horizon)
    .map((p, week) => ({ week, value: p.mean, lower: p.lower, upper: p.upper }));
}

/** Weeks of recent history a product's share of its department is measured over. */
export const SHARE_WEEKS = 26;

/**
 * A product's demand, top down: Holt-Winters on its department's weekly units (enough volume for
 * a season to show), times the product's share of them over the last 26 weeks. `priceFactor`
 * (default 1) scales the share for a price that differs from the one it was measured at.
 */
export function shareOf(product: readonly number[], department: readonly number[], weeks = SHARE_WEEKS): number {
  const sum = (xs: readonly number[]) => xs.slice(-weeks).reduce((a, b) => a + b, 0);
  const total = sum(department);
  return total > 0 ? sum(product) / total : 0;
}

export function topDownBacktest(product: readonly number[], department: readonly number[], weeks = BACKTEST_WEEKS, priceFactor = 1, period = PERIOD): Backtest {
  const trainP = product.slice(0, product.length - weeks);
  const trainD = department.slice(0, department.length - weeks);
  const test = product.slice(product.length - weeks);
  const share = shareOf(trainP, trainD) * priceFactor;
  const points = fitHoltWinters(trainD, period)
    .forecast(weeks)
    .map((p) => ({ mean: p.mean * share, ...poissonBand(p.mean * share, p.lower * share, p.upper * share) }));
  const scale = naiveScale(trainP, period);
  const mae = (f: readonly number[]) => test.reduce((s, v, i) => s + Math.abs(v - f[i]!), 0) / weeks;
  return {
    weeks,
    mase: mae(points.map((p) => p.mean)) / scale,
    baselineMase: mae(seasonalNaive(trainP, weeks, period)) / scale,
    coverage: test.filter((v, i) => v >= points[i]!.lower && v <= points[i]!.upper).length / weeks,
  };
}

/** Adds the product's own count noise (Poisson) to the scaled department band. */
function poissonBand(mean: number, lower: number, upper: number) {
  const noise = 1.2816 * Math.sqrt(mean);
  return { lower: Math.max(0, mean - Math.hypot(mean - lower, noise)), upper: mean + Math.hypot(upper - mean, noise) };
}

export function topDownForecast(product: readonly number[], department: readonly number[], horizon: number, priceFactor = 1, period = PERIOD): ForecastPoint[] {
  const share = shareOf(product, department) * priceFactor;
  return fitHoltWinters(department, period)
    .forecast(horizon)
    .map((p, week) => ({ week, value: p.mean * share, ...poissonBand(p.mean * share, p.lower * share, p.upper * share) }));
}
