import { describe, expect, it } from 'vitest';
import { trainAnomalyModel } from '../src/domain/risk/anomaly';
import { ANOMALY_FLOOR, assessCheckout, assessFeatures, historyVectors, levelOf } from '../src/domain/risk/assess';
import { featureVector, riskFeatures, type CheckoutRecord } from '../src/domain/risk/features';
import { rocAuc } from '../src/domain/risk/metrics';
import { combine, ruleReasons } from '../src/domain/risk/rules';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);
let n = 0;
const rec = (over: Partial<CheckoutRecord>): CheckoutRecord => ({
  orderId: `o${++n}`,
  customerId: 'c1',
  at: T0,
  totalMinor: 5000,
  lineCount: 1,
  units: 1,
  shippingCountry: 'US',
  card: 'VISA-4242',
  declined: false,
  ...over,
});
/** Ten ordinary orders, one every ten days. */
const regular = Array.from({ length: 10 }, (_, i) => rec({ at: T0 + i * 10 * DAY, totalMinor: 4000 + i * 200 }));
const codes = (history: CheckoutRecord[], current: CheckoutRecord) => ruleReasons(riskFeatures(history, current)).map((r) => r.code);

describe('risk features and rules', () => {
  const later = T0 + 120 * DAY;

  it('an ordinary order of a regular customer raises nothing', () => {
    expect(codes(regular, rec({ at: later, totalMinor: 5200 }))).toEqual([]);
    expect(assessCheckout(regular, rec({ at: later, totalMinor: 5200 }), null).level).toBe('LOW');
  });

  it('card testing: three declines within the hour, then a success', () => {
    const declines = [1, 2, 3].map((i) => rec({ at: later + i * 60_000, declined: true, card: `VISA-000${i}`, totalMinor: 300 }));
    const current = rec({ at: later + 5 * 60_000, card: 'VISA-9999' });
    const f = riskFeatures([...regular, ...declines], current);
    expect(f.declinesLastHour).toBe(3);
    expect(f.cardsLastDay).toBe(4);
    expect(codes([...regular, ...declines], current)).toContain('CARD_TESTING');
    expect(assessCheckout([...regular, ...declines], current, null).level).toBe('HIGH');
    // Declines more than an hour ago no longer count.
    expect(riskFeatures(declines, rec({ at: later + 2 * 3_600_000 })).declinesLastHour).toBe(0);
  });

  it('velocity: the third checkout within an hour', () => {
    const burst = [1, 2].map((i) => rec({ at: later + i * 600_000 }));
    expect(codes([...regular, ...burst], rec({ at: later + 1_500_000 }))).toContain('VELOCITY');
    expect(codes([...regular, burst[0]!], rec({ at: later + 1_500_000 }))).not.toContain('VELOCITY');
  });

  it('amount against the history: six times the usual order', () => {
    const f = riskFeatures(regular, rec({ at: later, totalMinor: 30_000 }));
    expect(f.amountRatio).toBeCloseTo(30_000 / 4900, 5);
    expect(codes(regular, rec({ at: later, totalMinor: 30_000 }))).toContain('AMOUNT_VS_HISTORY');
  });

  it('new account: a first order, high value or not', () => {
    expect(codes([], rec({ customerId: 'new', totalMinor: 90_000 }))).toContain('NEW_ACCOUNT_HIGH_VALUE');
    expect(codes([], rec({ customerId: 'new', totalMinor: 3_000 }))).toEqual(['NEW_ACCOUNT']);
  });

  it('country mismatch: a country never shipped to; for a new customer, outside the home market', () => {
    expect(codes(regular, rec({ at: later, shippingCountry: 'NG' }))).toContain('COUNTRY_MISMATCH');
    expect(codes(regular, rec({ at: later, shippingCountry: null }))).not.toContain('COUNTRY_MISMATCH');
    expect(riskFeatures([], rec({ customerId: 'new', shippingCountry: 'GB' })).newCountry).toBe(true);
  });

  it('ignores other customers and later attempts', () => {
    const other = rec({ customerId: 'c2', at: later - 60_000, declined: true });
    const future = rec({ at: later + DAY, declined: true });
    expect(riskFeatures([...regular, other, future], rec({ at: later })).declinesLastHour).toBe(0);
  });

  it('combines evidence by noisy-or and maps scores to levels', () => {
    expect(combine([])).toBe(0);
    expect(combine([0.5, 0.5])).toBeCloseTo(0.75, 10);
    expect([levelOf(0.1), levelOf(0.4), levelOf(0.69), levelOf(0.7)]).toEqual(['LOW', 'MEDIUM', 'MEDIUM', 'HIGH']);
  });
});

describe('isolation forest', () => {
  // Ordinary shoppers: amounts spread over a range, now and then a decline or an order abroad.
  const history = Array.from({ length: 600 }, (_, i) =>
    rec({
      customerId: `c${i % 40}`,
      at: T0 + i * 3 * 3_600_000,
      totalMinor: 2000 + ((i * 7919) % 9000),
      units: 1 + (i % 3),
      declined: i % 29 === 0,
      card: i % 31 === 0 ? 'MC-1111' : 'VISA-4242',
      shippingCountry: i % 53 === 0 ? 'CA' : 'US',
    }),
  );
  const vectors = historyVectors(history);
  const at = T0 + 2000 * 3_600_000;
  const ordinary = riskFeatures(history, rec({ customerId: 'c3', at, totalMinor: 5000 }));
  const declines = [1, 2, 3, 4].map((i) => rec({ customerId: 'c3', at: at + i * 60_000, declined: true, card: `AMEX-000${i}` }));
  const odd = riskFeatures(
    [...history, ...declines],
    rec({ customerId: 'c3', at: at + 300_000, totalMinor: 10_500, units: 3, card: 'AMEX-0009', shippingCountry: 'RU' }),
  );

  it('is deterministic and scores an outlier above ordinary checkouts', () => {
    const a = trainAnomalyModel(vectors)!;
    const b = trainAnomalyModel(vectors)!;
    expect(a.score(featureVector(ordinary))).toBe(b.score(featureVector(ordinary)));
    expect(a.score(featureVector(odd))).toBeGreaterThan(a.score(featureVector(ordinary)) + 0.1);
    expect(a.score(featureVector(odd))).toBeGreaterThan(ANOMALY_FLOOR);
    expect(assessFeatures(odd, a).reasons.map((r) => r.code)).toContain('ANOMALY');
    expect(assessFeatures(odd, a).score).toBeGreaterThanOrEqual(assessFeatures(odd, null).score);
  });

  it('needs some history before it says anything', () => {
    expect(trainAnomalyModel(vectors.slice(0, 10))).toBeNull();
  });

  it('leaves Math.random as it found it', () => {
    const before = Math.random;
    trainAnomalyModel(vectors);
    expect(Math.random).toBe(before);
  });
});

describe('rocAuc', () => {
  it('is 1 for a perfect ranking, 0.5 for ties, 0 reversed', () => {
    expect(rocAuc([0.1, 0.2, 0.8, 0.9], [false, false, true, true])).toBe(1);
    expect(rocAuc([0.5, 0.5, 0.5], [true, false, false])).toBe(0.5);
    expect(rocAuc([0.9, 0.1], [false, true])).toBe(0);
    expect(rocAuc([0.3, 0.6, 0.4, 0.8], [false, true, true, false])).toBe(0.5);
  });
});
