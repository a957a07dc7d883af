import { describe, expect, it } from 'vitest';
import { fromOramaFacets, priceBucketOf, toOramaWhere } from '../src/db/embedded/orama-query';

describe('Orama query pieces', () => {
  const prices = () => [999, 2499, 2500, 4999, 30000];

  it('has no where clause without filters', () => {
    expect(toOramaWhere({}, prices)).toBeUndefined();
  });

  it('maps every filter onto the enum and boolean fields', () => {
    expect(toOramaWhere({ categoryIds: ['cat_a'], brands: ['Kestrel Audio'], minPriceMinor: 2500, maxPriceMinor: 4999, inStock: true }, prices)).toEqual({
      categoryIds: { containsAny: ['cat_a'] },
      brandValue: { in: ['Kestrel Audio'] },
      priceMinor: { in: [2500, 4999] },
      inStock: true,
    });
    expect(toOramaWhere({ minPriceMinor: 2500 }, prices)).toEqual({ priceMinor: { in: [2500, 4999, 30000] } });
    expect(toOramaWhere({ maxPriceMinor: 2499 }, prices)).toEqual({ priceMinor: { in: [999, 2499] } });
    expect(toOramaWhere({ inStock: false }, prices)).toEqual({ inStock: false });
  });

  it('says when a price range holds no product at all', () => {
    expect(toOramaWhere({ minPriceMinor: 5000, maxPriceMinor: 9999 }, prices)).toBe('none');
  });

  it('puts prices into buckets with the lower bound inclusive', () => {
    expect([0, 2499, 2500, 9999, 10000, 24999, 25000, 10_000_000].map(priceBucketOf)).toEqual([
      '0-25',
      '0-25',
      '25-50',
      '50-100',
      '100-250',
      '100-250',
      '250+',
      '250+',
    ]);
  });

  it("reads Orama's facets into the API's", () => {
    expect(fromOramaFacets({ categoryValue: { values: { Yoga: 2, Bags: 3 } }, brandValue: { values: {} }, priceBucket: { values: { '25-50': 5 } } })).toEqual([
      {
        name: 'category',
        values: [
          { value: 'Bags', count: 3 },
          { value: 'Yoga', count: 2 },
        ],
      },
      { name: 'brand', values: [] },
      {
        name: 'price',
        values: [
          { value: '0-25', count: 0 },
          { value: '25-50', count: 5 },
          { value: '50-100', count: 0 },
          { value: '100-250', count: 0 },
          { value: '250+', count: 0 },
        ],
      },
    ]);
  });
});
