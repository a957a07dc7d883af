import { describe, expect, it } from 'vitest';
import { demoCheckouts, demoOrders } from '../src';

describe('demoCheckouts', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  const checkouts = demoCheckouts(now);

  it('is deterministic and sorted by time', () => {
    expect(demoCheckouts(now)).toEqual(checkouts);
    expect(checkouts.map((c) => c.at)).toEqual([...checkouts.map((c) => c.at)].sort());
  });

  it('holds every demo order once as a successful legitimate checkout', () => {
    const orders = demoOrders(now).orders;
    const legitPaid = checkouts.filter((c) => !c.fraud && !c.declined && c.customerId.startsWith('usr_0'));
    expect(legitPaid).toHaveLength(orders.length);
    expect(legitPaid.reduce((s, c) => s + c.totalMinor, 0)).toBe(orders.reduce((s, o) => s + o.totalMinor, 0));
  });

  it('plants a few percent of labelled fraudulent orders of each shape', () => {
    const paid = checkouts.filter((c) => !c.declined);
    const fraudPaid = paid.filter((c) => c.fraud);
    expect(fraudPaid.length / paid.length).toBeGreaterThan(0.02);
    expect(fraudPaid.length / paid.length).toBeLessThan(0.06);
    for (const p of ['CARD_TESTING', 'VELOCITY', 'NEW_COUNTRY', 'NEW_ACCOUNT_HIGH_VALUE'] as const)
      expect(
        fraudPaid.some((c) => c.pattern === p),
        p,
      ).toBe(true);
    expect(checkouts.every((c) => c.fraud === (c.pattern !== null))).toBe(true);
    // Card testing: declines before the success.
    expect(checkouts.filter((c) => c.pattern === 'CARD_TESTING' && c.declined).length).toBeGreaterThan(100);
  });
});
