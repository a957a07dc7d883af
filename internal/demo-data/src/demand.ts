import { DEPARTMENTS } from './departments';
import { createRandom, slugify } from './random';

/**
 * The planted demand of the demo history: what the ai subgraph's models should find. Everything
 * is drawn from its own seeded random streams, so the catalogue itself does not shift.
 *
 * Demand for a product on a day = popularity × department trend × yearly season × weekday ×
 * (price / base price) ^ elasticity.
 */
export const DEMO_HISTORY_WEEKS = 104;
export const DAY_MS = 864e5;

/** Weekday multipliers, Sunday first (weekends sell more). */
export const WEEKDAY_FACTORS = [1.25, 0.8, 0.85, 0.9, 0.95, 1.1, 1.35] as const;

export interface DepartmentDemand {
  id: string;
  /** Relative growth per year (0.2 = +20 % a year). */
  trendPerYear: number;
  /** Yearly seasonal amplitude around 1 (0.3 = ±30 %). */
  amplitude: number;
  /** Day of the year (0-364) the season peaks. */
  peakDay: number;
}

const PEAKS: Record<string, number> = {
  electronics: 340,
  'home-kitchen': 330,
  outdoors: 180,
  apparel: 290,
  'sports-fitness': 10,
};

/** Per department (root category): its trend and yearly season. */
export function demoDepartmentDemand(): DepartmentDemand[] {
  const random = createRandom(31337);
  return DEPARTMENTS.map((d) => {
    const slug = slugify(d.name);
    return {
      id: `cat_${slug}`,
      trendPerYear: Math.round((random.next() * 0.5 - 0.1) * 100) / 100,
      amplitude: Math.round((0.15 + random.next() * 0.3) * 100) / 100,
      peakDay: PEAKS[slug] ?? random.int(0, 364),
    };
  });
}

/** The department's demand multiplier at a time (trend from the start of the history, season). */
export function seasonalFactor(dep: DepartmentDemand, at: number, start: number): number {
  const years = (at - start) / (365 * DAY_MS);
  const date = new Date(at);
  const dayOfYear = (at - Date.UTC(date.getUTCFullYear(), 0, 1)) / DAY_MS;
  return (1 + dep.trendPerYear * years) * (1 + dep.amplitude * Math.cos((2 * Math.PI * (dayOfYear - dep.peakDay)) / 365.25));
}

/** Products whose prices moved over the history (a price test every 8 weeks). */
export const DEMO_PRICE_TEST_PRODUCTS = 10;
const SEGMENT_WEEKS = 8;
const MULTIPLIERS = [0.7, 1.25, 0.85, 1.4, 0.8, 1.1, 0.75, 1.3, 0.9, 1.2, 0.7, 1.15] as const;

export interface ProductEconomics {
  /** Relative demand (price-tested products are the shop's best sellers). */
  popularity: number;
  /** True own-price elasticity of demand (units ∝ price^elasticity). */
  elasticity: number;
  /** Cost price as a share of the base price. */
  costShare: number;
  /** Whether its price changed over the history. */
  priceTested: boolean;
  /** Price multiplier per 8-week segment, oldest first; the last is 1 (today's catalogue price). */
  segments: number[];
}

/** Per product index (0-based, catalogue order): its planted economics. */
export function demoEconomics(productCount: number): ProductEconomics[] {
  const random = createRandom(8675309);
  const segmentCount = Math.ceil(DEMO_HISTORY_WEEKS / SEGMENT_WEEKS);
  // A deterministic spread of price-tested products over the catalogue, and a Zipf tail for the rest.
  const tested = new Set(Array.from({ length: DEMO_PRICE_TEST_PRODUCTS }, (_, k) => Math.floor(((k + 0.5) * productCount) / DEMO_PRICE_TEST_PRODUCTS)));
  const rank = Array.from({ length: productCount }, (_, i) => i).sort((a, b) => ((a * 7919) % 521) - ((b * 7919) % 521));
  const rankOf = new Map(rank.map((p, r) => [p, r + 1]));
  return Array.from({ length: productCount }, (_, i) => {
    const elasticity = -Math.round((1.3 + random.next() * 1.5) * 100) / 100;
    const costShare = Math.round((0.4 + random.next() * 0.2) * 100) / 100;
    const offset = random.int(0, MULTIPLIERS.length - 1);
    const priceTested = tested.has(i);
    const segments = Array.from({ length: segmentCount }, (_, s) =>
      priceTested && s < segmentCount - 1 ? MULTIPLIERS[(s + offset) % MULTIPLIERS.length]! : 1,
    );
    return { popularity: priceTested ? 2 : 1 / rankOf.get(i)! ** 0.6, elasticity, costShare, priceTested, segments };
  });
}

/** The price multiplier of a product's history at a time (`end` is the start of today). */
export function priceMultiplier(e: ProductEconomics, at: number, end: number): number {
  const weeksAgo = Math.floor((end - at) / (7 * DAY_MS));
  const segment = e.segments.length - 1 - Math.floor(Math.max(0, weeksAgo) / SEGMENT_WEEKS);
  return e.segments[Math.max(0, segment)]!;
}

/** When each segment's price took effect: `end` minus whole segments, oldest first. */
export function segmentStarts(e: ProductEconomics, end: number): number[] {
  return e.segments.map((_, s) => end - (e.segments.length - s) * SEGMENT_WEEKS * 7 * DAY_MS);
}
