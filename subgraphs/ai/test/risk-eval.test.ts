import { describe, expect, it } from 'vitest';
import { evaluateRisk } from '../eval/risk-eval';

describe('fraud scoring on held-out labelled checkouts (temporal split)', () => {
  const r = evaluateRisk();

  it('ranks fraud above legitimate orders with ROC AUC >= 0.9, well above the order total alone', () => {
    expect(r.fraudTested).toBeGreaterThanOrEqual(30);
    expect(r.auc).toBeGreaterThanOrEqual(0.9);
    expect(r.auc).toBeGreaterThan(r.baseline.auc);
    expect(r.auc).toBeGreaterThanOrEqual(r.rulesOnlyAuc);
  });

  it('holds at most 2 % of legitimate orders and most fraud', () => {
    expect(r.legitHeld).toBeLessThanOrEqual(0.02);
    expect(r.fraudHeld).toBeGreaterThan(0.5);
    expect(r.fraudHeld).toBeGreaterThan(r.baseline.fraudHeld);
  });
});
