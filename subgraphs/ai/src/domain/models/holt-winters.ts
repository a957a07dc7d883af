/**
 * Holt-Winters exponential smoothing (ETS with additive trend and multiplicative season), for
 * weekly series with a yearly period. The demo history holds two years, so the initial season is
 * estimated from the first year, smoothed over neighbouring weeks to keep single noisy weeks out.
 */
export interface HoltWintersParams {
  alpha: number;
  beta: number;
  gamma: number;
}

export interface HoltWintersFit {
  params: HoltWintersParams;
  /** Standard deviation of the one-step-ahead errors over the fitted span. */
  sigma: number;
  forecast(horizon: number): { mean: number; lower: number; upper: number }[];
}

const Z80 = 1.2816;

function initialState(y: readonly number[], period: number) {
  const first = y.slice(0, period);
  const second = y.slice(period, 2 * period);
  const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const level = mean(first);
  // Growth from year one to what there is of year two (compared week for week).
  const trend = second.length ? (mean(second) - mean(first.slice(0, second.length))) / period : 0;
  const raw = first.map((v, i) => (level > 0 ? v / (level + trend * (i - (period - 1) / 2)) : 1));
  const season = raw.map((_, i) => {
    let sum = 0;
    for (let d = -2; d <= 2; d++) sum += raw[(i + d + period) % period]!;
    return sum / 5;
  });
  return { level: level - trend * ((period - 1) / 2), trend, season };
}

function run(y: readonly number[], period: number, p: HoltWintersParams) {
  const { season, ...start } = initialState(y, period);
  let { level, trend } = start;
  const s = [...season];
  let sse = 0;
  const errors: number[] = [];
  y.forEach((value, t) => {
    const idx = t % period;
    const predicted = (level + trend) * s[idx]!;
    const e = value - predicted;
    errors.push(e);
    sse += e * e;
    const previous = level;
    level = p.alpha * (s[idx]! > 0 ? value / s[idx]! : value) + (1 - p.alpha) * (level + trend);
    trend = p.beta * (level - previous) + (1 - p.beta) * trend;
    s[idx] = p.gamma * (level > 0 ? value / level : s[idx]!) + (1 - p.gamma) * s[idx]!;
  });
  return { level, trend, s, sse, errors };
}

const GRID = {
  alpha: [0.02, 0.05, 0.1, 0.2, 0.3, 0.5],
  beta: [0, 0.01, 0.05, 0.1],
  gamma: [0, 0.05, 0.1, 0.2],
};

/** Fits the smoothing parameters by grid search on the one-step-ahead squared error. */
export function fitHoltWinters(y: readonly number[], period = 52): HoltWintersFit {
  let best: { p: HoltWintersParams; r: ReturnType<typeof run> } | null = null;
  for (const alpha of GRID.alpha)
    for (const beta of GRID.beta)
      for (const gamma of GRID.gamma) {
        const r = run(y, period, { alpha, beta, gamma });
        if (!best || r.sse < best.r.sse) best = { p: { alpha, beta, gamma }, r };
      }
  const { p, r } = best!;
  // The first year only sets the season up; its errors would overstate the noise.
  const tail = r.errors.slice(Math.min(period, Math.floor(y.length / 2)));
  const sigma = Math.sqrt(tail.reduce((s, e) => s + e * e, 0) / Math.max(1, tail.length));
  return {
    params: p,
    sigma,
    forecast(horizon) {
      return Array.from({ length: horizon }, (_, h) => {
        const mean = Math.max(0, (r.level + (h + 1) * r.trend) * r.s[(y.length + h) % period]!);
        const spread = Z80 * sigma * Math.sqrt(1 + h * p.alpha ** 2);
        return { mean, lower: Math.max(0, mean - spread), upper: mean + spread };
      });
    },
  };
}
