import { describe, expect, it } from 'vitest';
import { allocate, mergeDemand, type WarehouseAvailability } from '../src/domain/allocation';

const at = (warehouseId: string, variantId: string, available: number): WarehouseAvailability => ({ warehouseId, variantId, available });

describe('allocation', () => {
  it('ships the whole order from one warehouse when one can', () => {
    const plan = allocate(
      [
        { variantId: 'v1', quantity: 2 },
        { variantId: 'v2', quantity: 1 },
      ],
      [at('wh_a', 'v1', 10), at('wh_b', 'v1', 3), at('wh_b', 'v2', 1)],
    );
    // wh_a has more of v1 but no v2: the only warehouse that holds everything wins.
    expect(plan).toEqual({
      ok: true,
      allocations: [
        { variantId: 'v1', warehouseId: 'wh_b', quantity: 2 },
        { variantId: 'v2', warehouseId: 'wh_b', quantity: 1 },
      ],
    });
  });

  it('breaks ties between complete warehouses by most units, then by id', () => {
    const lines = [{ variantId: 'v1', quantity: 1 }];
    expect(allocate(lines, [at('wh_a', 'v1', 2), at('wh_b', 'v1', 9), at('wh_c', 'v1', 4)])).toMatchObject({ allocations: [{ warehouseId: 'wh_b' }] });
    expect(allocate(lines, [at('wh_c', 'v1', 4), at('wh_b', 'v1', 4), at('wh_a', 'v1', 1)])).toMatchObject({ allocations: [{ warehouseId: 'wh_b' }] });
  });

  it('counts every ordered variant in the tie-break, not only the first line', () => {
    const plan = allocate(
      [
        { variantId: 'v1', quantity: 1 },
        { variantId: 'v2', quantity: 1 },
      ],
      [at('wh_a', 'v1', 5), at('wh_a', 'v2', 1), at('wh_b', 'v1', 2), at('wh_b', 'v2', 6)],
    );
    expect(plan).toMatchObject({ ok: true, allocations: [{ warehouseId: 'wh_b' }, { warehouseId: 'wh_b' }] });
  });

  it('takes each line from the fullest warehouse when none holds everything', () => {
    const plan = allocate(
      [
        { variantId: 'v1', quantity: 3 },
        { variantId: 'v2', quantity: 2 },
      ],
      [at('wh_a', 'v1', 2), at('wh_b', 'v1', 5), at('wh_a', 'v2', 2)],
    );
    expect(plan).toEqual({
      ok: true,
      allocations: [
        { variantId: 'v1', warehouseId: 'wh_b', quantity: 3 },
        { variantId: 'v2', warehouseId: 'wh_a', quantity: 2 },
      ],
    });
  });

  it('splits a line over warehouses, fullest first, when no single one has enough', () => {
    const plan = allocate([{ variantId: 'v1', quantity: 7 }], [at('wh_c', 'v1', 2), at('wh_a', 'v1', 4), at('wh_b', 'v1', 2)]);
    expect(plan).toEqual({
      ok: true,
      allocations: [
        { variantId: 'v1', warehouseId: 'wh_a', quantity: 4 },
        { variantId: 'v1', warehouseId: 'wh_b', quantity: 2 },
        { variantId: 'v1', warehouseId: 'wh_c', quantity: 1 },
      ],
    });
  });

  it('reports every short line with what is available, and allocates nothing', () => {
    const plan = allocate(
      [
        { variantId: 'v1', quantity: 5 },
        { variantId: 'v2', quantity: 1 },
        { variantId: 'v3', quantity: 2 },
      ],
      [at('wh_a', 'v1', 2), at('wh_b', 'v1', 2), at('wh_a', 'v2', 9)],
    );
    expect(plan).toEqual({
      ok: false,
      shortages: [
        { variantId: 'v1', requested: 5, available: 4 },
        { variantId: 'v3', requested: 2, available: 0 },
      ],
    });
  });

  it('ignores levels with nothing available, and never counts a negative level', () => {
    expect(allocate([{ variantId: 'v1', quantity: 1 }], [at('wh_a', 'v1', 0), at('wh_b', 'v1', -2)])).toEqual({
      ok: false,
      shortages: [{ variantId: 'v1', requested: 1, available: 0 }],
    });
    expect(allocate([{ variantId: 'v1', quantity: 2 }], [at('wh_a', 'v1', -5), at('wh_b', 'v1', 2)])).toMatchObject({
      ok: true,
      allocations: [{ warehouseId: 'wh_b', quantity: 2 }],
    });
  });

  it('adds up lines of the same variant before allocating', () => {
    expect(
      mergeDemand([
        { variantId: 'v1', quantity: 1 },
        { variantId: 'v2', quantity: 1 },
        { variantId: 'v1', quantity: 2 },
      ]),
    ).toEqual([
      { variantId: 'v1', quantity: 3 },
      { variantId: 'v2', quantity: 1 },
    ]);
    const plan = allocate(
      [
        { variantId: 'v1', quantity: 2 },
        { variantId: 'v1', quantity: 2 },
      ],
      [at('wh_a', 'v1', 3)],
    );
    expect(plan).toEqual({ ok: false, shortages: [{ variantId: 'v1', requested: 4, available: 3 }] });
  });

  it('allocates never more than requested nor more than a warehouse has', () => {
    const availability = [at('wh_a', 'v1', 3), at('wh_b', 'v1', 3), at('wh_c', 'v1', 3), at('wh_a', 'v2', 1), at('wh_c', 'v2', 8)];
    for (let v1 = 1; v1 <= 10; v1++) {
      for (let v2 = 1; v2 <= 10; v2++) {
        const plan = allocate(
          [
            { variantId: 'v1', quantity: v1 },
            { variantId: 'v2', quantity: v2 },
          ],
          availability,
        );
        // 9 units of each variant exist in all.
        expect(plan.ok).toBe(v1 <= 9 && v2 <= 9);
        if (!plan.ok) continue;
        for (const [variantId, wanted] of [
          ['v1', v1],
          ['v2', v2],
        ] as const) {
          expect(plan.allocations.filter((a) => a.variantId === variantId).reduce((n, a) => n + a.quantity, 0)).toBe(wanted);
        }
        for (const a of plan.allocations) {
          expect(a.quantity).toBeGreaterThan(0);
          expect(a.quantity).toBeLessThanOrEqual(availability.find((s) => s.warehouseId === a.warehouseId && s.variantId === a.variantId)!.available);
        }
      }
    }
  });
});
