import { badInput } from '@shop/kit';

export const MAX_FORECAST_WEEKS = 26;
export const MAX_PRICE_SUGGESTIONS = 100;

/** `weeks` of a forecast: 1 to 26 (null means the default, 8). */
export function forecastWeeks(weeks: number | null | undefined): number {
  const n = weeks ?? 8;
  if (!Number.isInteger(n) || n < 1 || n > MAX_FORECAST_WEEKS) throw badInput(`"weeks" must be between 1 and ${MAX_FORECAST_WEEKS}.`, 'weeks');
  return n;
}

/** `first` of priceSuggestions: 1 to 100 (null means 20). */
export function suggestionCount(first: number | null | undefined): number {
  const n = first ?? 20;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PRICE_SUGGESTIONS) throw badInput(`"first" must be between 1 and ${MAX_PRICE_SUGGESTIONS}.`, 'first');
  return n;
}

/** Minor units as the decimal string the products subgraph's updateProduct takes. */
export const decimalPrice = (minor: number) => `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
