import { demoCatalog } from './catalog';
import { createRandom } from './random';

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

export const shippingFor = (subtotalMinor: number) => (subtotalMinor >= 7500 ? 0 : 599);
export const taxFor = (subtotalMinor: number) => Math.round(subtotalMinor * 0.08);
