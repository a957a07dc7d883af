import { DAY_MS } from './demand';
import { demoOrders } from './history';
import { createRandom, pad, type Random } from './random';

/** The shapes of fraud planted in the checkout history (the label is for evaluation only). */
export type DemoFraudPattern = 'CARD_TESTING' | 'VELOCITY' | 'NEW_COUNTRY' | 'NEW_ACCOUNT_HIGH_VALUE';

/**
 * One checkout attempt as the shop sees it before capture: who, when, how much, where to, which
 * card, and whether the card was declined. `fraud`/`pattern` are the planted truth: no model reads them.
 */
export interface DemoCheckout {
  id: string;
  customerId: string;
  at: string;
  totalMinor: number;
  lineCount: number;
  units: number;
  shippingCountry: string;
  /** Brand and last four digits: what the shop keeps of a card. */
  card: string;
  declined: boolean;
  fraud: boolean;
  pattern: DemoFraudPattern | null;
}

const HOME = 'US';
const ABROAD = ['CA', 'GB', 'DE', 'MX'];
const FAR = ['NG', 'RU', 'VN', 'BR', 'ID', 'UA'];
const MIN = 60_000;

const card = (random: Random) => `${random.pick(['VISA', 'MASTERCARD', 'AMEX'])}-${pad(random.int(0, 9999), 4)}`;

/**
 * The demo order history as checkout attempts, plus labelled fraud of the shapes real shops see
 * (about 4 % of the checkouts): card testing (small declined attempts on many cards, then a
 * success), velocity bursts on a taken-over account, a first order of unusual value to a new
 * country, and new accounts placing a first order of high value. Legitimate noise is planted too
 * (a decline before a success, a new customer's first order, an order sent abroad), so no single
 * signal separates the classes. Deterministic for a given `now`.
 */
export function demoCheckouts(now: Date): DemoCheckout[] {
  const random = createRandom(1010);
  const { orders } = demoOrders(now);
  const cards = new Map<string, string[]>();
  const out: DemoCheckout[] = [];
  const push = (c: Omit<DemoCheckout, 'id'>) => out.push({ ...c, id: `chk_${pad(out.length + 1, 5)}` });
  const cardsOf = (customerId: string) => {
    if (!cards.has(customerId)) cards.set(customerId, random.chance(0.3) ? [card(random), card(random)] : [card(random)]);
    return cards.get(customerId)!;
  };
  const totals = orders.map((o) => o.totalMinor).sort((a, b) => a - b);
  const typical = () => totals[random.int(0, totals.length - 1)]!;

  for (const o of orders) {
    const at = Date.parse(o.createdAt);
    const mine = cardsOf(o.customerId);
    const units = o.lines.reduce((s, l) => s + l.quantity, 0);
    const base = { customerId: o.customerId, totalMinor: o.totalMinor, lineCount: o.lines.length, units, fraud: false, pattern: null };
    // A honest mistake: an old card declined, then the right one a minute later.
    if (random.chance(0.02)) push({ ...base, at: new Date(at - 2 * MIN).toISOString(), shippingCountry: HOME, card: card(random), declined: true });
    const country = random.chance(0.01) ? random.pick(ABROAD) : HOME;
    push({ ...base, at: o.createdAt, shippingCountry: country, card: random.pick(mine), declined: false });
  }

  const start = Date.parse(orders[0]!.createdAt);
  const span = Date.parse(orders.at(-1)!.createdAt) - start;
  const when = () => start + random.next() * span;
  const customers = [...new Set(orders.map((o) => o.customerId))];
  const legitNew = (i: number) => {
    const at = when();
    const total = typical();
    push({
      customerId: `usr_n${pad(i, 4)}`,
      at: new Date(at).toISOString(),
      totalMinor: total,
      lineCount: random.int(1, 3),
      units: random.int(1, 3),
      shippingCountry: HOME,
      card: card(random),
      declined: false,
      fraud: false,
      pattern: null,
    });
  };
  for (let i = 1; i <= 120; i++) legitNew(i);

  const fraud = { fraud: true } as const;
  for (let i = 1; i <= 40; i++) {
    // Card testing: a burst of tiny declined charges on fresh cards, then one that goes through.
    const at = when();
    const customerId = random.chance(0.5) ? `usr_f${pad(i, 4)}` : random.pick(customers);
    const tries = random.int(3, 9);
    for (let t = 0; t < tries; t++)
      push({
        ...fraud,
        pattern: 'CARD_TESTING',
        customerId,
        at: new Date(at + t * random.int(10, 90) * 1000).toISOString(),
        totalMinor: random.int(100, 1500),
        lineCount: 1,
        units: 1,
        shippingCountry: random.chance(0.5) ? HOME : random.pick(FAR),
        card: card(random),
        declined: true,
      });
    push({
      ...fraud,
      pattern: 'CARD_TESTING',
      customerId,
      at: new Date(at + tries * 60_000).toISOString(),
      totalMinor: random.chance(0.5) ? random.int(100, 2000) : typical() * random.int(2, 6),
      lineCount: random.int(1, 3),
      units: random.int(1, 4),
      shippingCountry: random.chance(0.5) ? HOME : random.pick(FAR),
      card: card(random),
      declined: false,
    });
  }
  for (let i = 1; i <= 25; i++) {
    // A taken-over account: several orders within the hour, each worth more than the owner spends.
    const at = when();
    const customerId = random.pick(customers);
    const country = random.chance(0.6) ? random.pick(FAR) : HOME;
    const stolen = card(random);
    for (let t = 0, n = random.int(3, 6); t < n; t++)
      push({
        ...fraud,
        pattern: 'VELOCITY',
        customerId,
        at: new Date(at + t * random.int(2, 12) * MIN).toISOString(),
        totalMinor: typical() * random.int(1, 4),
        lineCount: random.int(1, 4),
        units: random.int(1, 6),
        shippingCountry: country,
        card: random.chance(0.5) ? stolen : card(random),
        declined: false,
      });
  }
  for (let i = 1; i <= 30; i++) {
    // One order of unusual value, to a country the customer never shipped to.
    const customerId = random.pick(customers);
    push({
      ...fraud,
      pattern: 'NEW_COUNTRY',
      customerId,
      at: new Date(when()).toISOString(),
      totalMinor: typical() * random.int(4, 12),
      lineCount: random.int(1, 4),
      units: random.int(2, 8),
      shippingCountry: random.pick([...FAR, ...ABROAD]),
      card: random.chance(0.6) ? card(random) : random.pick(cardsOf(customerId)),
      declined: false,
    });
  }
  for (let i = 1; i <= 30; i++) {
    // A new account's first order, of high value, often many units of one thing.
    const units = random.int(1, 10);
    push({
      ...fraud,
      pattern: 'NEW_ACCOUNT_HIGH_VALUE',
      customerId: `usr_g${pad(i, 4)}`,
      at: new Date(when()).toISOString(),
      totalMinor: typical() * random.int(5, 15),
      lineCount: units > 4 ? 1 : random.int(1, 3),
      units,
      shippingCountry: random.chance(0.5) ? HOME : random.pick(FAR),
      card: card(random),
      declined: false,
    });
  }
  return out.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}

/** The last `weeks` of the checkout history start here (the evaluation's temporal split). */
export const checkoutSplit = (checkouts: readonly DemoCheckout[], weeks: number) => Date.parse(checkouts.at(-1)!.at) - weeks * 7 * DAY_MS;
