/** Which warehouses an order's units come from. Pure: the store reads, this decides. */

export interface OrderLineDemand {
  variantId: string;
  quantity: number;
}

/** Units of one variant that one warehouse can promise now (on hand minus reserved). */
export interface WarehouseAvailability {
  warehouseId: string;
  variantId: string;
  available: number;
}

export interface Allocation {
  variantId: string;
  warehouseId: string;
  quantity: number;
}

export interface Shortage {
  variantId: string;
  requested: number;
  available: number;
}

export type AllocationPlan = { ok: true; allocations: Allocation[] } | { ok: false; shortages: Shortage[] };

/** One demand per variant, in first-seen order: an order may list a variant twice. */
export function mergeDemand(lines: readonly OrderLineDemand[]): OrderLineDemand[] {
  const merged = new Map<string, number>();
  for (const line of lines) merged.set(line.variantId, (merged.get(line.variantId) ?? 0) + line.quantity);
  return [...merged].map(([variantId, quantity]) => ({ variantId, quantity }));
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Plans an order's reservation:
 * 1. one warehouse that can ship every line, so the order travels as one parcel (ties: the one
 *    with most units of the ordered variants, then the smallest id);
 * 2. otherwise each line from the warehouse with most units of it, split over the next ones when
 *    one is not enough;
 * 3. when a variant's total is short, nothing is allocated and every short line is reported.
 */
export function allocate(lines: readonly OrderLineDemand[], availability: readonly WarehouseAvailability[]): AllocationPlan {
  const demand = mergeDemand(lines).filter((line) => line.quantity > 0);
  const stock = new Map<string, Map<string, number>>(); // warehouse → variant → available
  for (const a of availability) {
    if (a.available <= 0) continue;
    const variants = stock.get(a.warehouseId) ?? new Map<string, number>();
    variants.set(a.variantId, (variants.get(a.variantId) ?? 0) + a.available);
    stock.set(a.warehouseId, variants);
  }
  const availableIn = (warehouseId: string, variantId: string) => stock.get(warehouseId)?.get(variantId) ?? 0;

  const shortages = demand.flatMap((line) => {
    const total = [...stock.keys()].reduce((sum, w) => sum + availableIn(w, line.variantId), 0);
    return total < line.quantity ? [{ variantId: line.variantId, requested: line.quantity, available: total }] : [];
  });
  if (shortages.length) return { ok: false, shortages };
  if (!demand.length) return { ok: true, allocations: [] };

  const single = [...stock.keys()]
    .filter((w) => demand.every((line) => availableIn(w, line.variantId) >= line.quantity))
    .map((w) => ({ warehouseId: w, units: demand.reduce((sum, line) => sum + availableIn(w, line.variantId), 0) }))
    .sort((a, b) => b.units - a.units || byId(a.warehouseId, b.warehouseId))[0];
  if (single) return { ok: true, allocations: demand.map((line) => ({ ...line, warehouseId: single.warehouseId })) };

  const allocations: Allocation[] = [];
  for (const line of demand) {
    const sources = [...stock.keys()]
      .map((w) => ({ warehouseId: w, available: availableIn(w, line.variantId) }))
      .filter((s) => s.available > 0)
      .sort((a, b) => b.available - a.available || byId(a.warehouseId, b.warehouseId));
    let missing = line.quantity;
    for (const source of sources) {
      if (missing === 0) break;
      const quantity = Math.min(missing, source.available);
      allocations.push({ variantId: line.variantId, warehouseId: source.warehouseId, quantity });
      missing -= quantity;
    }
  }
  return { ok: true, allocations };
}
