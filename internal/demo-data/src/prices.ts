import { demoCatalog } from './catalog';
import { demoEconomics, segmentStarts } from './demand';

export interface DemoPricePoint {
  /** When this price took effect (ISO time). */
  from: string;
  priceMinor: number;
}

/** The start of `now`'s day (UTC): the end of the demo history. */
export const historyEnd = (now: Date) => Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());

/** A catalogue price scaled by a test multiplier, kept on a .99 ending; today's price is the catalogue's. */
export function scaledPrice(baseMinor: number, multiplier: number): number {
  return multiplier === 1 ? baseMinor : Math.max(99, Math.round((baseMinor * multiplier) / 100) * 100 - 1);
}

/**
 * Every variant's price history over the demo history (oldest first; the last entry is today's
 * catalogue price). Products whose price never moved have one entry, from the start of the history.
 */
export function demoPriceHistory(now: Date): Map<string, DemoPricePoint[]> {
  const end = historyEnd(now);
  const { products } = demoCatalog();
  const economics = demoEconomics(products.length);
  const history = new Map<string, DemoPricePoint[]>();
  products.forEach((p, i) => {
    const e = economics[i]!;
    const starts = segmentStarts(e, end);
    for (const v of p.variants) {
      const points: DemoPricePoint[] = [];
      e.segments.forEach((m, s) => {
        const priceMinor = scaledPrice(v.priceMinor, m);
        if (points.at(-1)?.priceMinor !== priceMinor) points.push({ from: new Date(starts[s]!).toISOString(), priceMinor });
      });
      history.set(v.id, points);
    }
  });
  return history;
}
