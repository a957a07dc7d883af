import { evaluateModels } from './evaluate';
import { evaluateRisk, RISK_TEST_WEEKS } from './risk-eval';

/** `pnpm eval:ai`: every ai model against its naive baseline on the demo history. */
const started = Date.now();
const r = evaluateModels();
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const f = (x: number) => x.toFixed(3);

console.log('Recommendations (held-out last order of each customer, its products new to them)');
console.log(`  customers evaluated     ${r.recommendations.customers}`);
console.log(
  `  HitRate@10  hybrid ${f(r.recommendations.hybrid.hitRate)}   popularity ${f(r.recommendations.popularity.hitRate)}   ratio ${f(r.recommendations.hybrid.hitRate / r.recommendations.popularity.hitRate)}`,
);
console.log(`  NDCG@10     hybrid ${f(r.recommendations.hybrid.ndcg)}   popularity ${f(r.recommendations.popularity.ndcg)}`);
console.log('Forecasting (train on 96 weeks, test on the last 8; MASE scaled by in-sample seasonal-naive)');
console.log(`  revenue              MASE ${f(r.revenue.mase)}   seasonal-naive ${f(r.revenue.baselineMase)}   80 % coverage ${pct(r.revenue.coverage)}`);
for (const d of r.departments)
  console.log(`  units ${d.id.padEnd(18)} MASE ${f(d.mase)}   seasonal-naive ${f(d.baselineMase)}   80 % coverage ${pct(d.coverage)}`);
console.log(
  `  ${r.bestSellers.count} best sellers (mean)  MASE ${f(r.bestSellers.mase)}   seasonal-naive ${f(r.bestSellers.baselineMase)}   80 % coverage ${pct(r.bestSellers.coverage)}`,
);
console.log('Pricing (log-log Poisson regression on the two-year price history)');
console.log(`  variants with price variation  ${r.elasticity.variants}`);
console.log(`  elasticity within ±30 % of the truth  ${pct(r.elasticity.within30)}   constant -1 baseline ${pct(r.elasticity.baselineWithin30)}`);
for (const e of r.elasticity.rows)
  console.log(
    `    ${e.variantId}  true ${e.truth.toFixed(2)}  estimated ${e.estimate.toFixed(2)} ± ${e.standardError.toFixed(2)}  ${e.suggestion.changed ? `${e.suggestion.currentPriceMinor} -> ${e.suggestion.suggestedPriceMinor}` : 'no change'}`,
  );
console.log(`  suggestions ${r.pricing.suggested}; variants left alone for lack of evidence ${r.pricing.withoutEvidence}`);
const risk = evaluateRisk();
console.log(
  `Fraud scoring (forest trained on ${risk.trainedOn} earlier checkouts; the last ${RISK_TEST_WEEKS} weeks scored: ${risk.tested} attempts, ${risk.fraudTested} labelled fraud)`,
);
console.log(
  `  ROC AUC     rules + isolation forest ${f(risk.auc)}   rules only ${f(risk.rulesOnlyAuc)}   forest only ${f(risk.anomalyOnlyAuc)}   order total (baseline) ${f(risk.baseline.auc)}`,
);
console.log(
  `  held (HIGH) legitimate ${pct(risk.legitHeld)}   fraudulent ${pct(risk.fraudHeld)}   baseline (total above the 98th percentile): legitimate ${pct(risk.baseline.legitHeld)}, fraudulent ${pct(risk.baseline.fraudHeld)}`,
);
for (const p of risk.patterns) console.log(`    ${p.pattern.padEnd(24)} ${p.held} of ${p.attempts} attempts held`);
console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
