import { demoCatalog, type DemoProduct } from './catalog';
import { demoUsers } from './people';
import { createRandom, pad } from './random';

export interface DemoWarehouse {
  id: string;
  code: string;
  name: string;
  city: string;
}

export interface DemoStockLevel {
  warehouseId: string;
  productId: string;
  variantId: string;
  sku: string;
  quantity: number;
}

/** The order lifecycle; refunds are the financial status (a refunded order still says it was delivered). */
export type DemoOrderStatus = 'CONFIRMED' | 'FULFILLED' | 'DELIVERED' | 'CANCELLED';
export type DemoFulfillmentStatus = 'UNFULFILLED' | 'FULFILLED' | 'DELIVERED';
export type DemoFinancialStatus = 'PAID' | 'REFUNDED' | 'VOIDED';

export interface DemoOrderLine {
  id: string;
  productId: string;
  variantId: string;
  sku: string;
  productName: string;
  quantity: number;
  unitPriceMinor: number;
}

export interface DemoOrder {
  id: string;
  number: string;
  customerId: string;
  status: DemoOrderStatus;
  fulfillmentStatus: DemoFulfillmentStatus;
  financialStatus: DemoFinancialStatus;
  currencyCode: 'USD';
  lines: DemoOrderLine[];
  subtotalMinor: number;
  shippingMinor: number;
  taxMinor: number;
  totalMinor: number;
  createdAt: string;
}

export type DemoPaymentStatus = 'CAPTURED' | 'VOIDED' | 'REFUNDED';

export interface DemoPayment {
  id: string;
  orderId: string;
  customerId: string;
  status: DemoPaymentStatus;
  amountMinor: number;
  refundedMinor: number;
  currencyCode: 'USD';
  cardBrand: string;
  cardLast4: string;
  createdAt: string;
}

export const DEMO_WAREHOUSES: DemoWarehouse[] = [
  { id: 'wh_east', code: 'EAST', name: 'East Coast Fulfilment', city: 'Newark' },
  { id: 'wh_west', code: 'WEST', name: 'West Coast Fulfilment', city: 'Reno' },
  { id: 'wh_central', code: 'CENTRAL', name: 'Central Hub', city: 'Columbus' },
];

export function demoStock(): DemoStockLevel[] {
  const random = createRandom(99);
  const levels: DemoStockLevel[] = [];
  for (const product of demoCatalog().products) {
    // About one product in twenty is sold out everywhere.
    const soldOut = random.chance(0.05);
    for (const variant of product.variants) {
      for (const warehouse of DEMO_WAREHOUSES) {
        const stocked = warehouse.id !== 'wh_central' || random.chance(0.4);
        levels.push({
          warehouseId: warehouse.id,
          productId: product.id,
          variantId: variant.id,
          sku: variant.sku,
          quantity: soldOut || !stocked ? 0 : random.int(3, 120),
        });
      }
    }
  }
  return levels;
}

export const DEMO_ORDER_COUNT = 1200;
const DAY = 864e5;

export const shippingFor = (subtotalMinor: number) => (subtotalMinor >= 7500 ? 0 : 599);
export const taxFor = (subtotalMinor: number) => Math.round(subtotalMinor * 0.08);

/**
 * 1,200 orders over the twelve months before `now`. Shoppers mostly buy within a bundle of related
 * products, which gives the recommendation engine real co-purchase structure to find.
 */
export function demoOrders(now: Date): { orders: DemoOrder[]; payments: DemoPayment[] } {
  const random = createRandom(4242);
  const { products } = demoCatalog();
  const customers = demoUsers().filter((u) => u.role === 'CUSTOMER');
  const byBundle = new Map<number, DemoProduct[]>();
  for (const p of products) byBundle.set(p.bundle, [...(byBundle.get(p.bundle) ?? []), p]);
  const bundles = [...byBundle.values()];
  const end = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const brands = ['VISA', 'MASTERCARD', 'AMEX'];

  const orders: DemoOrder[] = [];
  const payments: DemoPayment[] = [];
  for (let i = 1; i <= DEMO_ORDER_COUNT; i++) {
    const customer = customers[Math.floor(random.next() ** 1.4 * customers.length)]!;
    // Each customer keeps coming back to a few bundles.
    const favourite = bundles[(customers.indexOf(customer) * 3 + random.int(0, 2)) % bundles.length]!;
    const chosen = new Map<string, DemoProduct>();
    const lineCount = random.int(1, 3);
    for (let l = 0; l < lineCount; l++) {
      const p = random.pick(favourite);
      chosen.set(p.id, p);
    }
    if (random.chance(0.25)) {
      const p = random.pick(products);
      chosen.set(p.id, p);
    }
    const lines: DemoOrderLine[] = [...chosen.values()].map((p, n) => {
      const variant = random.pick(p.variants);
      return {
        id: `oln_${pad(i, 5)}_${n + 1}`,
        productId: p.id,
        variantId: variant.id,
        sku: variant.sku,
        productName: p.name,
        quantity: random.chance(0.8) ? 1 : random.int(2, 3),
        unitPriceMinor: variant.priceMinor,
      };
    });
    const subtotalMinor = lines.reduce((sum, l) => sum + l.unitPriceMinor * l.quantity, 0);
    const shippingMinor = shippingFor(subtotalMinor);
    const taxMinor = taxFor(subtotalMinor);
    const createdAt = new Date(end - Math.floor(((DEMO_ORDER_COUNT - i) / DEMO_ORDER_COUNT) * 364 * DAY) - random.int(0, 20 * 3600) * 1000);
    const ageDays = (end - createdAt.getTime()) / DAY;
    const roll = random.next();
    // Cancelled before it shipped (the authorisation voided), or paid and on its way by age; about
    // one paid order in thirty was refunded in full afterwards, wherever it had got to.
    const status: DemoOrderStatus = roll < 0.04 ? 'CANCELLED' : ageDays > 10 ? 'DELIVERED' : ageDays > 3 ? 'FULFILLED' : 'CONFIRMED';
    const financialStatus: DemoFinancialStatus = status === 'CANCELLED' ? 'VOIDED' : roll < 0.07 ? 'REFUNDED' : 'PAID';
    const order: DemoOrder = {
      id: `ord_${pad(i, 5)}`,
      number: `SO-${100000 + i}`,
      customerId: customer.id,
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
    orders.push(order);
    payments.push({
      id: `pay_${pad(i, 5)}`,
      orderId: order.id,
      customerId: customer.id,
      status: financialStatus === 'PAID' ? 'CAPTURED' : financialStatus,
      amountMinor: order.totalMinor,
      refundedMinor: financialStatus === 'REFUNDED' ? order.totalMinor : 0,
      currencyCode: 'USD',
      cardBrand: random.pick(brands),
      cardLast4: pad(random.int(0, 9999), 4),
      createdAt: new Date(createdAt.getTime() + 60_000).toISOString(),
    });
  }
  return { orders, payments };
}
