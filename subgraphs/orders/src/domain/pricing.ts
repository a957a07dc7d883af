import type { Catalog } from './catalog';
import { variantNotFound } from './cart-lines';
import { userError, type OrderUserError } from './errors';
import { computeTotals, lineTotalMinor, type OrderTotals } from './money';

/**
 * Prices for carts and checkout come from the catalogue read model, never from the client. Shipping
 * and tax follow the published rules that @shop/demo-data's shippingFor/taxFor also follow (flat
 * 5.99 below a 75.00 subtotal, free from it; 8 % tax rounded half up), implemented in money.ts.
 */

export interface CartLineQuantity {
  id: string;
  variantId: string;
  quantity: number;
}

export interface PricedLine {
  lineId: string;
  productId: string;
  variantId: string;
  sku: string;
  productName: string;
  quantity: number;
  unitPriceMinor: number;
  totalMinor: number;
}

export interface PricedCart extends OrderTotals {
  lines: PricedLine[];
  currencyCode: string;
}

export type PricingResult = { ok: true; cart: PricedCart } | { ok: false; errors: OrderUserError[] };

/** Prices every line of a cart for checkout; any line the catalogue cannot price refuses the whole cart. */
export function priceCart(lines: readonly CartLineQuantity[], catalog: Catalog): PricingResult {
  if (!lines.length) return { ok: false, errors: [userError('CART_EMPTY', 'The cart is empty.', 'cartId')] };
  const errors: OrderUserError[] = [];
  const priced: PricedLine[] = [];
  for (const line of lines) {
    const variant = catalog.get(line.variantId);
    if (!variant) {
      errors.push(variantNotFound(line.variantId, `lines.${line.id}`));
      continue;
    }
    const unitPriceMinor = variant.priceMinor;
    priced.push({
      lineId: line.id,
      productId: variant.productId,
      variantId: variant.variantId,
      sku: variant.sku,
      productName: variant.productName,
      quantity: line.quantity,
      unitPriceMinor,
      totalMinor: lineTotalMinor({ unitPriceMinor, quantity: line.quantity }),
    });
  }
  const currencies = new Set(lines.map((l) => catalog.get(l.variantId)?.currencyCode).filter((c) => c !== undefined));
  if (currencies.size > 1) errors.push(userError('INVALID_INPUT', `The cart mixes currencies (${[...currencies].sort().join(', ')}).`, 'cartId'));
  if (errors.length) return { ok: false, errors };
  return { ok: true, cart: { lines: priced, currencyCode: [...currencies][0]!, ...computeTotals(priced) } };
}
