import { badInput } from '@shop/kit';

/** A range of whole UTC days, both ends included. */
export interface DayRange {
  from: string;
  to: string;
  /** [start, end) as ISO instants, for the queries. */
  startIso: string;
  endIso: string;
}

export const MAX_SUMMARY_DAYS = 366;
const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(text: string, field: string): number {
  const ms = DATE.test(text) ? Date.parse(`${text}T00:00:00.000Z`) : NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== text) throw badInput(`${field} must be a date, YYYY-MM-DD.`, field);
  return ms;
}

/** `from`..`to` (UTC dates, inclusive); BAD_USER_INPUT when malformed, reversed or over MAX_SUMMARY_DAYS. */
export function dayRange(from: string, to: string): DayRange {
  const start = parseDay(from, 'from');
  const end = parseDay(to, 'to') + DAY_MS;
  if (end <= start) throw badInput('to must not be before from.', 'to');
  if ((end - start) / DAY_MS > MAX_SUMMARY_DAYS) throw badInput(`A summary covers at most ${MAX_SUMMARY_DAYS} days.`, 'to');
  return { from, to, startIso: new Date(start).toISOString(), endIso: new Date(end).toISOString() };
}

export interface DayFigures {
  date: string;
  orders: number;
  paidOrders: number;
  revenueMinor: number;
}

export interface SalesFigures {
  days: DayFigures[];
  cartsStarted: number;
  /** Orders placed from a cart in the range (seeded history has none). */
  checkouts: number;
}

export interface SalesTotals {
  orders: number;
  paidOrders: number;
  revenueMinor: number;
  /** Revenue over paid orders, rounded half up to a minor unit; null without paid orders. */
  averageOrderValueMinor: number | null;
  /** checkouts / cartsStarted; null when no cart was started. */
  cartConversionRate: number | null;
  /** Every day of the range, oldest first; days without orders are zeros. */
  days: DayFigures[];
}

/** The totals of a range from its per-day figures (which may leave out empty days). Pure. */
export function summarise(range: DayRange, figures: SalesFigures): SalesTotals {
  const byDate = new Map(figures.days.map((d) => [d.date, d]));
  const days: DayFigures[] = [];
  for (let ms = Date.parse(range.startIso); ms < Date.parse(range.endIso); ms += DAY_MS) {
    const date = new Date(ms).toISOString().slice(0, 10);
    days.push(byDate.get(date) ?? { date, orders: 0, paidOrders: 0, revenueMinor: 0 });
  }
  const sum = (pick: (d: DayFigures) => number) => days.reduce((acc, d) => acc + pick(d), 0);
  const paidOrders = sum((d) => d.paidOrders);
  const revenueMinor = sum((d) => d.revenueMinor);
  return {
    orders: sum((d) => d.orders),
    paidOrders,
    revenueMinor,
    averageOrderValueMinor: paidOrders ? Math.floor((2 * revenueMinor + paidOrders) / (2 * paidOrders)) : null,
    cartConversionRate: figures.cartsStarted ? figures.checkouts / figures.cartsStarted : null,
    days,
  };
}
