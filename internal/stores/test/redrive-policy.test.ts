import { describe, expect, it } from 'vitest';
import { deferSweep, redriveBackoffMs, redriveDue, redriveForgotten } from '../src/redrive-policy';

const policy = { deadlineMs: 5000 };

describe('re-drive policy', () => {
  it('re-drives a stalled order at once, then backs off: 1, 2, 4, 8, 16 deadlines, capped there', () => {
    expect(redriveDue(policy, undefined, 0)).toBe(true);
    expect([1, 2, 3, 4, 5, 6, 10].map((n) => redriveBackoffMs(policy, n))).toEqual([5000, 10_000, 20_000, 40_000, 80_000, 80_000, 80_000]);
    expect(redriveBackoffMs({ deadlineMs: 5000, maxBackoffMs: 12_000 }, 4)).toBe(12_000);
    const record = { at: 100_000, attempts: 3 };
    expect(redriveDue(policy, record, 119_999)).toBe(false);
    expect(redriveDue(policy, record, 120_000)).toBe(true);
  });

  it('forgets an order only after twice the longest backoff', () => {
    expect(redriveForgotten(policy, { at: 0, attempts: 1 }, 159_999)).toBe(false);
    expect(redriveForgotten(policy, { at: 0, attempts: 1 }, 160_000)).toBe(true);
  });

  it('defers a sweep while the bus is behind, but never more than maxDeferrals sweeps in a row', () => {
    expect(deferSweep(policy, 100, 0)).toBe(false);
    expect(deferSweep(policy, 101, 0)).toBe(true);
    expect(deferSweep(policy, 5000, 7)).toBe(true);
    expect(deferSweep(policy, 5000, 8)).toBe(false);
    expect(deferSweep({ ...policy, maxBacklog: 10, maxDeferrals: 2 }, 11, 1)).toBe(true);
    // An unknown backlog (the bus cannot say) never holds the safety net back.
    expect(deferSweep(policy, null, 0)).toBe(false);
  });
});
