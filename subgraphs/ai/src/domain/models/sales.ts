/** What the ai subgraph knows of the shop, as learnt from events: the models' training data. */

export interface SaleLine {
  orderId: string;
  customerId: string;
  productId: string;
  variantId: string | null;
  quantity: number;
  unitPriceMinor: number;
  /** Order time, ms since the epoch. */
  at: number;
}

export interface PricePoint {
  /** When the price took effect, ms since the epoch. */
  from: number;
  priceMinor: number;
}

export interface CatalogVariant {
  id: string;
  sku: string;
  priceMinor: number;
  costMinor: number | null;
  /** Oldest first; may be empty (then the price is taken as constant). */
  priceHistory: PricePoint[];
}

export interface CatalogItem {
  id: string;
  name: string;
  description: string;
  brand: string;
  /** The category and its ancestors, nearest first. */
  categoryIds: string[];
  attributes: { name: string; value: string }[];
  variants: CatalogVariant[];
}

export const WEEK_MS = 7 * 864e5;

/** Week buckets ending at `end`: index weeks-1 is the last 7 days before `end`; null outside. */
export function weekIndex(at: number, end: number, weeks: number): number | null {
  if (at >= end) return null;
  const i = weeks - 1 - Math.floor((end - at) / WEEK_MS);
  return i >= 0 ? i : null;
}

/** Start time of each week bucket. */
export const weekStarts = (end: number, weeks: number) => Array.from({ length: weeks }, (_, i) => end - (weeks - i) * WEEK_MS);

/** Sums a value per week over lines (those outside the window are ignored). */
export function weeklySum(lines: readonly SaleLine[], end: number, weeks: number, value: (l: SaleLine) => number): number[] {
  const series = new Array<number>(weeks).fill(0);
  for (const l of lines) {
    const w = weekIndex(l.at, end, weeks);
    if (w !== null) series[w]! += value(l);
  }
  return series;
}

/** The price in effect at a time: the latest point from before it, else the first, else `fallback`. */
export function priceAt(history: readonly PricePoint[], at: number, fallback: number): number {
  let price = history[0]?.priceMinor ?? fallback;
  for (const p of history) if (p.from <= at) price = p.priceMinor;
  return price;
}
