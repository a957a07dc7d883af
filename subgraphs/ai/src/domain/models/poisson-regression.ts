import { invert, solve } from './linear';

export interface PoissonFit {
  coefficients: number[];
  standardErrors: number[];
  /** Pearson dispersion: above 1 when counts vary more than Poisson, and the errors are scaled up by it. */
  dispersion: number;
}

/**
 * Poisson regression with a log link (counts ~ exp(x·β)), fitted by iteratively reweighted least
 * squares. With log price as a covariate this is the log-log demand model: its coefficient is the
 * price elasticity. Unlike least squares on log(units) it keeps weeks that sold nothing.
 */
export function fitPoisson(rows: readonly number[][], counts: readonly number[], iterations = 30): PoissonFit | null {
  const k = rows[0]?.length ?? 0;
  if (!k || rows.length <= k) return null;
  const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
  if (mean <= 0) return null;
  let beta: number[] = Array.from({ length: k }, (_, j) => (j === 0 ? Math.log(mean) : 0));
  let information: number[][] = [];
  for (let it = 0; it < iterations; it++) {
    information = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    const score = new Array<number>(k).fill(0);
    rows.forEach((x, i) => {
      const mu = Math.exp(x.reduce((s, xj, j) => s + xj * beta[j]!, 0));
      for (let a = 0; a < k; a++) {
        score[a]! += (counts[i]! - mu) * x[a]!;
        for (let b = 0; b < k; b++) information[a]![b]! += mu * x[a]! * x[b]!;
      }
    });
    const step = solve(information, score);
    if (!step) return null;
    beta = beta.map((b, j) => b + step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  const covariance = invert(information);
  if (!covariance) return null;
  let pearson = 0;
  rows.forEach((x, i) => {
    const mu = Math.exp(x.reduce((s, xj, j) => s + xj * beta[j]!, 0));
    pearson += (counts[i]! - mu) ** 2 / mu;
  });
  const dispersion = Math.max(1, pearson / (rows.length - k));
  return { coefficients: beta, standardErrors: covariance.map((row, j) => Math.sqrt(row[j]! * dispersion)), dispersion };
}
