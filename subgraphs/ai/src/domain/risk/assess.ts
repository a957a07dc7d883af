import type { AnomalyModel } from './anomaly';
import { featureVector, riskFeatures, type CheckoutRecord, type RiskFeatures } from './features';
import { combine, ruleReasons, type RiskReason } from './rules';

export type RiskLevel = 'LOW' | 'MEDIUM' | 'HIGH';

export interface RiskAssessment {
  /** 0..1: the chance-like strength of the evidence that the order is fraudulent. */
  score: number;
  level: RiskLevel;
  reasons: RiskReason[];
  /** The isolation forest's score, 0..1 (0.5 typical), or null while no forest is trained. */
  anomaly: number | null;
}

/** HIGH holds the order for review; MEDIUM is shown to staff only. Set on the evaluation's training weeks. */
export const HIGH_RISK = 0.7;
export const MEDIUM_RISK = 0.4;
/** Below this the forest's score is ordinary variation and adds nothing (legitimate checkouts: median 0.36, 98th percentile 0.52). */
export const ANOMALY_FLOOR = 0.4;

export const levelOf = (score: number): RiskLevel => (score >= HIGH_RISK ? 'HIGH' : score >= MEDIUM_RISK ? 'MEDIUM' : 'LOW');

/**
 * Rules and the anomaly score as one: the forest's score above its floor is one more piece of
 * evidence (weight 0 at the floor (about the 90th percentile of legitimate checkouts), 0.6 at 0.65 and beyond), combined with the rules by noisy-or.
 */
export function assessFeatures(features: RiskFeatures, model: AnomalyModel | null): RiskAssessment {
  const reasons = ruleReasons(features);
  const anomaly = model ? model.score(featureVector(features)) : null;
  const anomalyWeight = anomaly !== null && anomaly > ANOMALY_FLOOR ? Math.min(0.6, ((anomaly - ANOMALY_FLOOR) / 0.25) * 0.6) : 0;
  // Shown as a reason only when it matters; it always counts towards the score.
  if (anomalyWeight >= 0.1) reasons.push({ code: 'ANOMALY', weight: anomalyWeight, message: `unlike past checkouts (isolation score ${anomaly!.toFixed(2)})` });
  const score = Math.round(combine([...ruleReasons(features).map((r) => r.weight), anomalyWeight]) * 1000) / 1000;
  return { score, level: levelOf(score), reasons: reasons.sort((a, b) => b.weight - a.weight), anomaly };
}

/** The assessment of `current` given the customer's earlier attempts. */
export const assessCheckout = (history: readonly CheckoutRecord[], current: CheckoutRecord, model: AnomalyModel | null) =>
  assessFeatures(riskFeatures(history, current), model);

/** Trains on the feature vectors of each attempt in `records` against the attempts before it. */
export function historyVectors(records: readonly CheckoutRecord[]): number[][] {
  const byCustomer = new Map<string, CheckoutRecord[]>();
  const sorted = [...records].sort((a, b) => a.at - b.at);
  return sorted.map((r) => {
    const mine = byCustomer.get(r.customerId) ?? [];
    const vector = featureVector(riskFeatures(mine, r));
    mine.push(r);
    byCustomer.set(r.customerId, mine);
    return vector;
  });
}
