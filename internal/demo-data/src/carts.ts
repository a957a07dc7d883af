import { demoCatalog } from './catalog';
import { demoStock } from './commerce';
import { demoUsers } from './people';

export interface DemoCartLine {
  id: string;
  lineNo: number;
  productId: string;
  variantId: string;
  quantity: number;
}

export interface DemoCart {
  id: string;
  customerId: string | null;
  currencyCode: 'USD';
  lines: DemoCartLine[];
}

/** Ids of the demo carts: one guest cart and the current cart of the first three demo customers. */
export const DEMO_GUEST_CART_ID = 'cart_guest_demo';
export const demoCartId = (customerId: string) => `cart_${customerId}`;

/**
 * Units of each variant the seeded stock can promise, summed over the warehouses. The seeded order
 * history holds none of it: those orders are settled (inventory skips `order.created` events whose
 * source is `history`), so nothing is reserved or committed for them.
 */
export function demoAvailability(): Map<string, number> {
  const available = new Map<string, number>();
  for (const level of demoStock()) available.set(level.variantId, (available.get(level.variantId) ?? 0) + level.quantity);
  return available;
}

/**
 * A handful of carts so that Query.cart and Query.myCart show something out of the box: two lines
 * each, of 1 and 2 units. Every line fits the seeded stock of its variant, so each cart can be
 * checked out as it is: a product whose first variant cannot cover the line gives way to the next one.
 */
export function demoCarts(): DemoCart[] {
  const { products } = demoCatalog();
  const available = demoAvailability();
  const owners: (string | null)[] = [
    null,
    ...demoUsers()
      .filter((u) => u.role === 'CUSTOMER')
      .slice(0, 3)
      .map((u) => u.id),
  ];
  return owners.map((customerId, n) => {
    const id = customerId ? demoCartId(customerId) : DEMO_GUEST_CART_ID;
    const lines: DemoCartLine[] = [];
    for (const [i, start] of [n * 37, n * 37 + 11].entries()) {
      const quantity = i + 1;
      for (let step = 0; step < products.length; step++) {
        const product = products[(start + step) % products.length]!;
        const variant = product.variants[0]!;
        if ((available.get(variant.id) ?? 0) < quantity || lines.some((l) => l.productId === product.id)) continue;
        lines.push({ id: `${id}_${i + 1}`, lineNo: i + 1, productId: product.id, variantId: variant.id, quantity });
        break;
      }
    }
    return { id, customerId, currencyCode: 'USD', lines };
  });
}
