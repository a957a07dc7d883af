import type { RiskFeatures } from './features';

/** Why an order looks risky: stable codes for staff screens, with a sentence each. */
export type RiskReasonCode = 'CARD_TESTING' | 'VELOCITY' | 'AMOUNT_VS_HISTORY' | 'NEW_ACCOUNT_HIGH_VALUE' | 'NEW_ACCOUNT' | 'COUNTRY_MISMATCH' | 'ANOMALY';

export interface RiskReason {
  code: RiskReasonCode;
  message: string;
  /** How much this reason alone makes the order risky, 0..1. */
  weight: number;
}

const dollars = (minor: number) => `$${(minor / 100).toFixed(2)}`;
/** A first order above this is "high value" (about four times the demo shop's median basket). */
export const NEW_ACCOUNT_HIGH_VALUE_MINOR = 40_000;

/**
 * The rules, each a known fraud shape. Weights are how sure each makes us on its own; `combine`
 * treats them as independent evidence (noisy-or).
 */
export function ruleReasons(f: RiskFeatures): RiskReason[] {
  const reasons: RiskReason[] = [];
  if (f.declinesLastHour >= 3 || (f.declinesLastHour >= 2 && f.cardsLastDay >= 3))
    reasons.push({ code: 'CARD_TESTING', weight: 0.9, message: `${f.declinesLastHour} declined attempts in the last hour on ${f.cardsLastDay} cards` });
  else if (f.declinesLastHour >= 1 && f.cardsLastDay >= 2)
    reasons.push({ code: 'CARD_TESTING', weight: 0.25, message: `a declined attempt in the last hour, ${f.cardsLastDay} cards` });
  if (f.attemptsLastHour >= 2)
    reasons.push({ code: 'VELOCITY', weight: f.attemptsLastHour >= 3 ? 0.8 : 0.45, message: `${f.attemptsLastHour + 1} checkouts within an hour` });
  if (f.priorOrders >= 3 && f.amountRatio >= 3)
    reasons.push({ code: 'AMOUNT_VS_HISTORY', weight: f.amountRatio >= 6 ? 0.6 : 0.35, message: `${f.amountRatio.toFixed(1)}× the customer's usual order` });
  if (f.priorOrders === 0 && f.totalMinor >= NEW_ACCOUNT_HIGH_VALUE_MINOR)
    reasons.push({ code: 'NEW_ACCOUNT_HIGH_VALUE', weight: 0.7, message: `first order of ${dollars(f.totalMinor)}` });
  else if (f.priorOrders === 0) reasons.push({ code: 'NEW_ACCOUNT', weight: 0.1, message: 'first order of a new customer' });
  if (f.newCountry) reasons.push({ code: 'COUNTRY_MISMATCH', weight: 0.4, message: 'ships to a country the customer never ordered to' });
  return reasons;
}

/** Noisy-or: the chance that at least one piece of evidence is right, treating them as independent. */
export const combine = (weights: readonly number[]) => 1 - weights.reduce((p, w) => p * (1 - w), 1);
