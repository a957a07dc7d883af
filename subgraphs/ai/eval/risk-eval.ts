import { checkoutSplit, demoCheckouts, type DemoCheckout } from '@shop/demo-data';
import { trainAnomalyModel } from '../src/domain/risk/anomaly';
import { assessFeatures, historyVectors } from '../src/domain/risk/assess';
import { riskFeatures, type CheckoutRecord } from '../src/domain/risk/features';
import { rocAuc } from '../src/domain/risk/metrics';
import { EVAL_NOW } from './demo-history';

/** Held-out weeks: the last quarter of the history (enough planted incidents to measure on). */
export const RISK_TEST_WEEKS = 13;

const record = (c: DemoCheckout): CheckoutRecord => ({
  orderId: c.id,
  customerId: c.customerId,
  at: Date.parse(c.at),
  totalMinor: c.totalMinor,
  lineCount: c.lineCount,
  units: c.units,
  shippingCountry: c.shippingCountry,
  card: c.card,
  declined: c.declined,
});

/**
 * Fraud scoring on the labelled checkout history, split in time: the forest is trained on the
 * attempts before the last 13 weeks (labels unused: it is unsupervised), and every attempt of the
 * last 13 weeks is scored as it would have been at checkout, from the attempts before it.
 * Baseline: the order total alone as the score, holding what lies above the training's 98th percentile.
 */
export function evaluateRisk(now: Date = EVAL_NOW) {
  const checkouts = demoCheckouts(now);
  const split = checkoutSplit(checkouts, RISK_TEST_WEEKS);
  const records = checkouts.map(record);
  const train = records.filter((r) => r.at < split);
  const model = trainAnomalyModel(historyVectors(train));
  const byCustomer = new Map<string, CheckoutRecord[]>();
  const rows: { fraud: boolean; score: number; held: boolean; total: number; pattern: string | null; rulesOnly: number; anomaly: number }[] = [];
  checkouts.forEach((c, i) => {
    const r = records[i]!;
    const mine = byCustomer.get(r.customerId) ?? [];
    if (r.at >= split) {
      const features = riskFeatures(mine, r);
      const a = assessFeatures(features, model);
      rows.push({
        fraud: c.fraud,
        score: a.score,
        held: a.level === 'HIGH',
        total: r.totalMinor,
        pattern: c.pattern,
        rulesOnly: assessFeatures(features, null).score,
        anomaly: a.anomaly ?? 0,
      });
    }
    mine.push(r);
    byCustomer.set(r.customerId, mine);
  });
  const legit = rows.filter((r) => !r.fraud);
  const fraud = rows.filter((r) => r.fraud);
  const amounts = train.map((r) => r.totalMinor).sort((a, b) => a - b);
  const p98 = amounts[Math.floor(amounts.length * 0.98)]!;
  const labels = rows.map((r) => r.fraud);
  const patterns = [...new Set(fraud.map((r) => r.pattern!))].sort().map((p) => {
    const of = fraud.filter((r) => r.pattern === p);
    return { pattern: p, attempts: of.length, held: of.filter((r) => r.held).length };
  });
  return {
    trainedOn: train.length,
    tested: rows.length,
    fraudTested: fraud.length,
    auc: rocAuc(
      rows.map((r) => r.score),
      labels,
    ),
    rulesOnlyAuc: rocAuc(
      rows.map((r) => r.rulesOnly),
      labels,
    ),
    anomalyOnlyAuc: rocAuc(
      rows.map((r) => r.anomaly),
      labels,
    ),
    legitHeld: legit.filter((r) => r.held).length / legit.length,
    fraudHeld: fraud.filter((r) => r.held).length / fraud.length,
    patterns,
    baseline: {
      auc: rocAuc(
        rows.map((r) => r.total),
        labels,
      ),
      legitHeld: legit.filter((r) => r.total > p98).length / legit.length,
      fraudHeld: fraud.filter((r) => r.total > p98).length / fraud.length,
    },
  };
}
