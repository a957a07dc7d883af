import { demoCatalog, type DemoProduct } from './catalog';
import { shippingFor, taxFor, type DemoOrder, type DemoOrderLine, type DemoFinancialStatus, type DemoOrderStatus, type DemoPayment } from './commerce';
import { DAY_MS, DEMO_HISTORY_WEEKS, demoDepartmentDemand, demoEconomics, priceMultiplier, seasonalFactor, WEEKDAY_FACTORS } from './demand';
import { demoUsers } from './people';
import { historyEnd, scaledPrice } from './prices';
import { createRandom, pad, type Random } from './random';

export const DEMO_ORDER_COUNT = 4000;
const BUNDLES = 104;
const SAME_LEAF_STEP = 13;

/** Draws an index with probability proportional to `cumulative` weights (a running sum). */
function drawIndex(random: Random, cumulative: readonly number[]): number {
  const u = random.next() * cumulative.at(-1)!;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! > u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const running = (weights: readonly number[]) => {
  let sum = 0;
  return weights.map((w) => (sum += w));
};

/**
 * Each customer follows two bundles at a time and moves on to another bundle of the same leaf
 * category every few months (a tent, then sleeping bags): history that predicts the next order.
 */
function interestsAt(customer: number, day: number): number[] {
  const period = 50 + ((customer * 37) % 70);
  const step = Math.floor((day + customer * 11) / period);
  return [(customer * 7 + step * SAME_LEAF_STEP) % BUNDLES, (customer * 7 + 3 + step * SAME_LEAF_STEP) % BUNDLES];
}

/**
 * 4,000 orders over the 104 weeks before `now`, drawn from the planted demand (`demand.ts`): each
 * order starts from one product, drawn in proportion to its demand that day (popularity, its
 * department's trend and season, the weekday, and its price at the time raised to its elasticity),
 * and often adds complements from the same bundle, each as likely as its own price allows.
 */
export function demoOrders(now: Date): { orders: DemoOrder[]; payments: DemoPayment[] } {
  const random = createRandom(4242);
  const { products, categories } = demoCatalog();
  const economics = demoEconomics(products.length);
  const parentOf = new Map(categories.map((c) => [c.id, c.parentId ?? c.id]));
  const departments = new Map(demoDepartmentDemand().map((d) => [d.id, d]));
  const customers = demoUsers().filter((u) => u.role === 'CUSTOMER');
  const byBundle = new Map<number, number[]>();
  products.forEach((p, i) => byBundle.set(p.bundle, [...(byBundle.get(p.bundle) ?? []), i]));
  const end = historyEnd(now);
  const start = end - DEMO_HISTORY_WEEKS * 7 * DAY_MS;
  const days = DEMO_HISTORY_WEEKS * 7;

  const priceOf = (i: number, at: number) => priceMultiplier(economics[i]!, at, end);
  const demandOf = (i: number, at: number) =>
    economics[i]!.popularity * seasonalFactor(departments.get(parentOf.get(products[i]!.categoryId)!)!, at, start) * priceOf(i, at) ** economics[i]!.elasticity;
  const dayDemand = Array.from({ length: days }, (_, d) => {
    const at = start + (d + 0.5) * DAY_MS;
    const weights = products.map((_, i) => demandOf(i, at));
    return { at, weights, total: weights.reduce((a, b) => a + b, 0) * WEEKDAY_FACTORS[new Date(at).getUTCDay()]! };
  });
  const dayCumulative = running(dayDemand.map((d) => d.total));
  const orderTimes = Array.from(
    { length: DEMO_ORDER_COUNT },
    () => start + drawIndex(random, dayCumulative) * DAY_MS + random.int(8 * 3600_000, 22 * 3600_000),
  ).sort((a, b) => a - b);

  const orders: DemoOrder[] = [];
  const payments: DemoPayment[] = [];
  let cumulativeOfDay: { day: number; sums: number[] } = { day: -1, sums: [] };
  orderTimes.forEach((time, n) => {
    const i = n + 1;
    const day = Math.floor((time - start) / DAY_MS);
    if (cumulativeOfDay.day !== day) cumulativeOfDay = { day, sums: running(dayDemand[day]!.weights) };
    const createdAt = new Date(time);
    const anchor = drawIndex(random, cumulativeOfDay.sums);
    const chosen = new Map<number, number>([[anchor, random.chance(0.85) ? 1 : 2]]);
    // Complements from the same bundle: accepted in proportion to their demand at today's price.
    for (const mate of byBundle.get(products[anchor]!.bundle)!) {
      if (mate !== anchor && random.chance(Math.min(1, 0.2 * priceOf(mate, createdAt.getTime()) ** economics[mate]!.elasticity))) chosen.set(mate, 1);
    }
    if (random.chance(0.1)) chosen.set(random.int(0, products.length - 1), 1);

    const interested = customers.filter((_, c) => interestsAt(c, day).includes(products[anchor]!.bundle));
    const customer = interested.length && random.chance(0.8) ? random.pick(interested) : customers[Math.floor(random.next() ** 1.3 * customers.length)]!;
    const lines: DemoOrderLine[] = [...chosen].map(([index, quantity], l) =>
      line(random, products[index]!, `oln_${pad(i, 5)}_${l + 1}`, quantity, (base) => scaledPrice(base, priceOf(index, createdAt.getTime()))),
    );
    const { order, payment } = settle(random, i, customer.id, lines, createdAt, end);
    orders.push(order);
    payments.push(payment);
  });
  return { orders, payments };
}

function line(random: Random, p: DemoProduct, id: string, quantity: number, price: (baseMinor: number) => number): DemoOrderLine {
  const variant = random.pick(p.variants);
  return { id, productId: p.id, variantId: variant.id, sku: variant.sku, productName: p.name, quantity, unitPriceMinor: price(variant.priceMinor) };
}

const BRANDS = ['VISA', 'MASTERCARD', 'AMEX'];

function settle(random: Random, i: number, customerId: string, lines: DemoOrderLine[], createdAt: Date, end: number) {
  const subtotalMinor = lines.reduce((sum, l) => sum + l.unitPriceMinor * l.quantity, 0);
  const shippingMinor = shippingFor(subtotalMinor);
  const taxMinor = taxFor(subtotalMinor);
  const ageDays = (end - createdAt.getTime()) / DAY_MS;
  const roll = random.next();
  // Cancelled before it shipped (the authorisation voided), or paid and on its way by age; about
  // one paid order in thirty was refunded in full afterwards, wherever it had got to.
  const status: DemoOrderStatus = roll < 0.04 ? 'CANCELLED' : ageDays > 10 ? 'DELIVERED' : ageDays > 3 ? 'FULFILLED' : 'CONFIRMED';
  const financialStatus: DemoFinancialStatus = status === 'CANCELLED' ? 'VOIDED' : roll < 0.07 ? 'REFUNDED' : 'PAID';
  const order: DemoOrder = {
    id: `ord_${pad(i, 5)}`,
    number: `SO-${100000 + i}`,
    customerId,
    status,
    fulfillmentStatus: status === 'FULFILLED' || status === 'DELIVERED' ? status : 'UNFULFILLED',
    financialStatus,
    currencyCode: 'USD',
    lines,
    subtotalMinor,
    shippingMinor,
    taxMinor,
    totalMinor: subtotalMinor + shippingMinor + taxMinor,
    createdAt: createdAt.toISOString(),
  };
  const payment: DemoPayment = {
    id: `pay_${pad(i, 5)}`,
    orderId: order.id,
    customerId,
    status: financialStatus === 'PAID' ? 'CAPTURED' : financialStatus,
    amountMinor: order.totalMinor,
    refundedMinor: financialStatus === 'REFUNDED' ? order.totalMinor : 0,
    currencyCode: 'USD',
    cardBrand: random.pick(BRANDS),
    cardLast4: pad(random.int(0, 9999), 4),
    createdAt: new Date(createdAt.getTime() + 60_000).toISOString(),
  };
  return { order, payment };
}
