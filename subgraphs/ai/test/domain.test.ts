import { describe, expect, it } from 'vitest';
import { assertMayReadRecommendationsOf } from '../src/domain/access';
import { purchasesFromOrder } from '../src/domain/purchases';
import { popularNeeded, recommendationCount, topUp } from '../src/domain/recommendations';
import { compareScored, cosineScore, sumScores } from '../src/domain/scoring';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
};

describe('purchases from an order', () => {
  it('merges lines of one product and sorts by product id', () => {
    const order = {
      orderId: 'o1',
      customerId: 'c1',
      createdAt: '2026-01-01T00:00:00.000Z',
      lines: [
        { productId: 'p2', quantity: 1 },
        { productId: 'p1', quantity: 2 },
        { productId: 'p2', quantity: 3 },
        { productId: 'p3', quantity: 0 },
      ],
    };
    expect(purchasesFromOrder(order)).toEqual([
      { orderId: 'o1', customerId: 'c1', productId: 'p1', quantity: 2, orderedAt: '2026-01-01T00:00:00.000Z' },
      { orderId: 'o1', customerId: 'c1', productId: 'p2', quantity: 4, orderedAt: '2026-01-01T00:00:00.000Z' },
    ]);
  });
});

describe('scoring', () => {
  it('is 1 for products only ever bought together and shrinks with solo sales', () => {
    expect(cosineScore(3, 3, 3)).toBe(1);
    expect(cosineScore(2, 4, 4)).toBe(0.5);
    expect(cosineScore(2, 4, 16)).toBe(0.25);
    expect(cosineScore(0, 4, 4)).toBe(0);
    expect(cosineScore(1, 0, 4)).toBe(0);
  });
  it('normalises away the best seller bias of raw counts', () => {
    // Bought with the best seller in 5 of its 100 orders versus with a niche product in 3 of 3.
    expect(cosineScore(3, 10, 3)).toBeGreaterThan(cosineScore(5, 10, 100));
  });
  it('breaks ties by raw count, then id', () => {
    const sorted = [
      { productId: 'b', score: 0.5, together: 1 },
      { productId: 'a', score: 0.5, together: 1 },
      { productId: 'c', score: 0.5, together: 2 },
      { productId: 'd', score: 0.9, together: 1 },
    ].sort(compareScored);
    expect(sorted.map((s) => s.productId)).toEqual(['d', 'c', 'a', 'b']);
  });
  it("sums a candidate's similarity over a user's purchases", () => {
    const totals = sumScores([
      { productId: 'x', score: 0.4, together: 1 },
      { productId: 'y', score: 0.5, together: 1 },
      { productId: 'x', score: 0.3, together: 2 },
    ]);
    expect(totals.map((t) => t.productId)).toEqual(['x', 'y']);
    expect(totals[0]).toMatchObject({ together: 3 });
    expect(totals[0]!.score).toBeCloseTo(0.7);
  });
});

describe('topping up with best sellers', () => {
  it('keeps the ranking, then adds best sellers, skipping excluded and repeated products', () => {
    expect(topUp(['b', 'c'], ['a', 'b', 'd', 'e'], new Set(['a']), 4)).toEqual(['b', 'c', 'd', 'e']);
  });
  it('never returns more than first, nor an excluded product from the ranking', () => {
    expect(topUp(['x', 'b', 'c'], ['d'], new Set(['x']), 2)).toEqual(['b', 'c']);
    expect(topUp(['b'], ['c'], new Set(), 0)).toEqual([]);
  });
  it('returns what exists when there is not enough', () => {
    expect(topUp([], ['a', 'b'], new Set(['a']), 5)).toEqual(['b']);
  });
  it('asks for best sellers only when the ranking is short, and enough of them', () => {
    expect(popularNeeded(['a', 'b'], new Set(['self']), 2)).toBe(0);
    expect(popularNeeded([], new Set(), 0)).toBe(0);
    // Up to 3 missing; the excluded product and the 1 already chosen may be among the best sellers.
    const needed = popularNeeded(['a'], new Set(['self']), 4);
    expect(needed).toBe(6);
    expect(topUp(['a'], ['self', 'a', 'b', 'c', 'd', 'e'].slice(0, needed), new Set(['self']), 4)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('first', () => {
  it('accepts 0..50 and defaults on null', () => {
    expect(recommendationCount(undefined, 5)).toBe(5);
    expect(recommendationCount(null, 10)).toBe(10);
    expect(recommendationCount(0, 5)).toBe(0);
    expect(recommendationCount(50, 5)).toBe(50);
  });
  it('refuses anything else as bad input', () => {
    expect(codeOf(() => recommendationCount(-1, 5))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => recommendationCount(51, 5))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => recommendationCount(1.5, 5))).toBe('BAD_USER_INPUT');
  });
});

describe("who may read a user's recommendations", () => {
  const as = (userId: string | null, role: 'CUSTOMER' | 'SUPPORT' | 'ADMIN' | null) => ({ userId, role, requestId: 't' });
  it('lets the user and staff read them', () => {
    expect(codeOf(() => assertMayReadRecommendationsOf(as('u1', 'CUSTOMER'), 'u1'))).toBe('ok');
    expect(codeOf(() => assertMayReadRecommendationsOf(as('s1', 'SUPPORT'), 'u1'))).toBe('ok');
    expect(codeOf(() => assertMayReadRecommendationsOf(as('a1', 'ADMIN'), 'u1'))).toBe('ok');
  });
  it('refuses other customers and anonymous callers', () => {
    expect(codeOf(() => assertMayReadRecommendationsOf(as('u2', 'CUSTOMER'), 'u1'))).toBe('FORBIDDEN');
    expect(codeOf(() => assertMayReadRecommendationsOf(as(null, null), 'u1'))).toBe('UNAUTHENTICATED');
  });
});
