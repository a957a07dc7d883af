/**
 * What the risk model knows of one checkout attempt: learnt from order.created (who, when, how
 * much, where to, which card) and payment.failed (declined). History orders have no address: they
 * count as shipped to the home country.
 */
export interface CheckoutRecord {
  orderId: string;
  customerId: string;
  /** Milliseconds since the epoch. */
  at: number;
  totalMinor: number;
  lineCount: number;
  units: number;
  /** ISO 3166-1 alpha-2; null when unknown (the seeded history). */
  shippingCountry: string | null;
  /** Brand and last four digits; null when unknown. */
  card: string | null;
  declined: boolean;
}

/** The shop's home market: where an order without an address went. */
export const HOME_COUNTRY = 'US';
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The signals of one attempt, computed from the customer's earlier attempts only. */
export interface RiskFeatures {
  totalMinor: number;
  /** This total over the median of the customer's earlier successful orders (1 without any). */
  amountRatio: number;
  priorOrders: number;
  /** Days since the customer's first attempt seen (0 for a new customer). */
  tenureDays: number;
  attemptsLastHour: number;
  declinesLastHour: number;
  cardsLastDay: number;
  /** Ships to a country the customer never shipped to (for a new customer: outside the home market). */
  newCountry: boolean;
  units: number;
}

const median = (xs: number[]) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** `history` is the customer's attempts before `current` (any order; later ones are ignored). */
export function riskFeatures(history: readonly CheckoutRecord[], current: CheckoutRecord): RiskFeatures {
  const before = history.filter((h) => h.at <= current.at && h.orderId !== current.orderId && h.customerId === current.customerId);
  const paid = before.filter((h) => !h.declined);
  const lastHour = before.filter((h) => current.at - h.at <= HOUR_MS);
  const cards = new Set(before.filter((h) => current.at - h.at <= DAY_MS && h.card).map((h) => h.card));
  if (current.card) cards.add(current.card);
  const countries = new Set(paid.map((h) => h.shippingCountry ?? HOME_COUNTRY));
  const country = current.shippingCountry ?? HOME_COUNTRY;
  const typical = median(paid.map((h) => h.totalMinor));
  const first = before.reduce((min, h) => Math.min(min, h.at), current.at);
  return {
    totalMinor: current.totalMinor,
    amountRatio: typical > 0 ? current.totalMinor / typical : 1,
    priorOrders: paid.length,
    tenureDays: (current.at - first) / DAY_MS,
    attemptsLastHour: lastHour.length,
    declinesLastHour: lastHour.filter((h) => h.declined).length,
    cardsLastDay: cards.size,
    newCountry: countries.size ? !countries.has(country) : country !== HOME_COUNTRY,
    units: current.units,
  };
}

/** The numeric vector the anomaly model sees (logs tame the long tails of money and counts). */
export const featureVector = (f: RiskFeatures): number[] => [
  Math.log1p(f.totalMinor / 100),
  Math.log(Math.max(f.amountRatio, 0.01)),
  Math.log1p(f.priorOrders),
  Math.log1p(f.tenureDays),
  f.attemptsLastHour,
  f.declinesLastHour,
  f.cardsLastDay,
  f.newCountry ? 1 : 0,
  Math.log1p(f.units),
];
