import { describe, expect, it } from 'vitest';
import { adjustmentRequestHash, validateAdjustment } from '../src/domain/adjustment';
import { availableByProduct, availableOf, inventorySummary, isLowStockAfter, totalAvailable } from '../src/domain/availability';
import { stockChanged } from '../src/events/inventory-events';

describe('availability arithmetic', () => {
  it('counts what is on hand and not reserved', () => {
    expect(availableOf({ quantityOnHand: 10, reserved: 3 })).toBe(7);
    expect(availableOf({ quantityOnHand: 4, reserved: 4 })).toBe(0);
  });
  it('never reports a negative level, even from inconsistent numbers', () => {
    expect(availableOf({ quantityOnHand: 1, reserved: 5 })).toBe(0);
    expect(
      totalAvailable([
        { quantityOnHand: 1, reserved: 5 },
        { quantityOnHand: 3, reserved: 0 },
      ]),
    ).toBe(3);
  });
  it('sums per product across variants and warehouses', () => {
    const totals = availableByProduct([
      { productId: 'p1', quantityOnHand: 10, reserved: 2 },
      { productId: 'p1', quantityOnHand: 5, reserved: 0 },
      { productId: 'p2', quantityOnHand: 0, reserved: 0 },
    ]);
    expect(Object.fromEntries(totals)).toEqual({ p1: 13, p2: 0 });
  });
  it('calls nothing in stock when nothing is available, including no records at all', () => {
    expect(inventorySummary({ kind: 'product', id: 'p' })).toEqual({ owner: { kind: 'product', id: 'p' }, available: 0, inStock: false });
    expect(inventorySummary({ kind: 'variant', id: 'v' }, 1).inStock).toBe(true);
  });
  it('announces stock changes with the product total and each variant, never negative', () => {
    const event = stockChanged('p1', [
      { variantId: 'v2', available: 5 },
      { variantId: 'v1', available: 7 },
    ]);
    expect(event).toMatchObject({ type: 'inventory.stock_changed', version: 1 });
    expect(event.payload).toEqual({
      productId: 'p1',
      available: 12,
      inStock: true,
      variants: [
        { variantId: 'v1', available: 7 },
        { variantId: 'v2', available: 5 },
      ],
    });
    expect(stockChanged('p1', [{ variantId: 'v1', available: -3 }]).payload).toEqual({
      productId: 'p1',
      available: 0,
      inStock: false,
      variants: [{ variantId: 'v1', available: 0 }],
    });
  });
});

describe('low-stock rule', () => {
  it('alerts when a decrease leaves the level at or below its threshold', () => {
    expect(isLowStockAfter(-1, 5, 5)).toBe(true);
    expect(isLowStockAfter(-3, 0, 5)).toBe(true);
    expect(isLowStockAfter(-1, 6, 5)).toBe(false);
  });
  it('does not alert on a restock, even of a level that stays low', () => {
    expect(isLowStockAfter(2, 3, 5)).toBe(false);
  });
});

describe('adjustment input', () => {
  const input = { variantId: 'v1', warehouseId: 'wh_east', delta: -2, reason: 'damaged' };
  it('accepts a sound adjustment', () => {
    expect(validateAdjustment(input, 'key-1')).toBeNull();
  });
  it('refuses a zero, fractional or huge delta, a blank reason and a bad key', () => {
    expect(validateAdjustment({ ...input, delta: 0 }, 'k')?.field).toBe('input.delta');
    expect(validateAdjustment({ ...input, delta: 1.5 }, 'k')?.field).toBe('input.delta');
    expect(validateAdjustment({ ...input, delta: 2_000_000 }, 'k')?.field).toBe('input.delta');
    expect(validateAdjustment({ ...input, reason: '   ' }, 'k')?.field).toBe('input.reason');
    expect(validateAdjustment({ ...input, variantId: '' }, 'k')?.field).toBe('input.variantId');
    expect(validateAdjustment(input, '  ')?.field).toBe('idempotencyKey');
    expect(validateAdjustment(input, 'k'.repeat(201))?.field).toBe('idempotencyKey');
  });
});

describe('idempotency request hashing', () => {
  const input = { variantId: 'v1', warehouseId: 'wh_east', delta: -2, reason: 'damaged' };
  it('is stable and ignores key order and surrounding whitespace', () => {
    const reordered = { reason: ' damaged ', delta: -2, warehouseId: 'wh_east', variantId: 'v1' };
    expect(adjustmentRequestHash(reordered)).toBe(adjustmentRequestHash(input));
    expect(adjustmentRequestHash(input)).toMatch(/^[0-9a-f]{64}$/);
  });
  it('differs when any field differs', () => {
    const base = adjustmentRequestHash(input);
    for (const changed of [{ delta: -3 }, { reason: 'lost' }, { variantId: 'v2' }, { warehouseId: 'wh_west' }]) {
      expect(adjustmentRequestHash({ ...input, ...changed })).not.toBe(base);
    }
  });
  it('cannot be fooled by fields that run together', () => {
    expect(adjustmentRequestHash({ ...input, variantId: 'v1', warehouseId: 'x' })).not.toBe(
      adjustmentRequestHash({ ...input, variantId: 'v1x', warehouseId: '' }),
    );
  });
});
