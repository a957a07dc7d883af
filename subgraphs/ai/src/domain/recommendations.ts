import { badInput } from '@shop/kit';

export const MAX_RECOMMENDATIONS = 50;
export const DEFAULT_PRODUCT_RECOMMENDATIONS = 5;
export const DEFAULT_USER_RECOMMENDATIONS = 10;

/** Validates a `first` argument: 0..50; an explicit null means the field's default. */
export function recommendationCount(first: number | null | undefined, fallback: number): number {
  if (first === null || first === undefined) return fallback;
  if (!Number.isInteger(first) || first < 0 || first > MAX_RECOMMENDATIONS) {
    throw badInput(`"first" must be between 0 and ${MAX_RECOMMENDATIONS}.`, 'first');
  }
  return first;
}

/**
 * The final list: ranked co-purchases first, then topped up with best sellers so that a product
 * nobody bought with anything (or a new customer) still gets `first` suggestions. Nothing in
 * `exclude` (the product itself, what the customer already owns) and no duplicates.
 */
export function topUp(ranked: readonly string[], popular: readonly string[], exclude: ReadonlySet<string>, first: number): string[] {
  const chosen: string[] = [];
  const seen = new Set<string>(exclude);
  for (const id of [...ranked, ...popular]) {
    if (chosen.length >= first) break;
    if (seen.has(id)) continue;
    seen.add(id);
    chosen.push(id);
  }
  return chosen;
}

/**
 * How many best sellers to fetch so that `topUp` can always fill the list: up to `first` may be
 * needed, and each excluded or already chosen product can cost one more.
 */
export function popularNeeded(ranked: readonly string[], exclude: ReadonlySet<string>, first: number): number {
  const distinctRanked = new Set(ranked.filter((id) => !exclude.has(id))).size;
  if (first === 0 || distinctRanked >= first) return 0;
  return first + exclude.size + distinctRanked;
}
