import { demoOrders } from '@shop/demo-data';
import { describe, expect, it } from 'vitest';
import { computeTotals, lineTotalMinor, shippingMinorFor, subtotalMinor, taxMinorFor, totalQuantity } from '../src/domain/money';

describe('order money', () => {
  it('totals lines, adds flat shipping below 75.00 and 8 % tax', () => {
    expect(
      computeTotals([
        { unitPriceMinor: 1999, quantity: 2 },
        { unitPriceMinor: 500, quantity: 1 },
      ]),
    ).toEqual({
      subtotalMinor: 4498,
      shippingMinor: 599,
      taxMinor: 360, // 359.84
      totalMinor: 5457,
    });
  });

  it('ships free from exactly 75.00', () => {
    expect(shippingMinorFor(7499)).toBe(599);
    expect(shippingMinorFor(7500)).toBe(0);
    expect(computeTotals([{ unitPriceMinor: 7500, quantity: 1 }])).toEqual({ subtotalMinor: 7500, shippingMinor: 0, taxMinor: 600, totalMinor: 8100 });
  });

  it('charges nothing for nothing', () => {
    expect(computeTotals([])).toEqual({ subtotalMinor: 0, shippingMinor: 0, taxMinor: 0, totalMinor: 0 });
  });

  it('rounds tax half up, in integers', () => {
    expect(taxMinorFor(1)).toBe(0); // 0.08
    expect(taxMinorFor(7)).toBe(1); // 0.56
    expect(taxMinorFor(1000, 125)).toBe(13); // 12.5 -> 13
    expect(taxMinorFor(1000, 124)).toBe(12); // 12.4 -> 12
    expect(taxMinorFor(Number.MAX_SAFE_INTEGER, 10_000)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('refuses fractional, negative and overflowing amounts', () => {
    expect(() => lineTotalMinor({ unitPriceMinor: 19.99, quantity: 1 })).toThrow(RangeError);
    expect(() => lineTotalMinor({ unitPriceMinor: -1, quantity: 1 })).toThrow(RangeError);
    expect(() => lineTotalMinor({ unitPriceMinor: 100, quantity: 0 })).toThrow(RangeError);
    expect(() => lineTotalMinor({ unitPriceMinor: 100, quantity: 1.5 })).toThrow(RangeError);
    expect(() => lineTotalMinor({ unitPriceMinor: Number.MAX_SAFE_INTEGER, quantity: 2 })).toThrow(RangeError);
  });

  it('sums subtotals and quantities', () => {
    const lines = [
      { unitPriceMinor: 250, quantity: 3 },
      { unitPriceMinor: 1000, quantity: 1 },
    ];
    expect(subtotalMinor(lines)).toBe(1750);
    expect(totalQuantity(lines)).toBe(4);
  });

  it('agrees with every demo order', () => {
    for (const order of demoOrders(new Date('2026-01-15T00:00:00Z')).orders) {
      const { subtotalMinor: subtotal, shippingMinor: shipping, taxMinor: tax, totalMinor: total } = order;
      expect(computeTotals(order.lines), order.id).toEqual({ subtotalMinor: subtotal, shippingMinor: shipping, taxMinor: tax, totalMinor: total });
    }
  });
});
