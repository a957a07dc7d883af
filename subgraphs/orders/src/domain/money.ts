/**
 * Order money rules, in integer minor units only: no floating point touches an amount.
 * The demo data in @shop/demo-data follows the same published rules (free shipping from 75.00,
 * 8 % tax); these functions are the subgraph's own, tested copy of them.
 */

/** Subtotals at or above this ship for free. */
export const FREE_SHIPPING_FROM_MINOR = 7500;
export const FLAT_SHIPPING_MINOR = 599;
/** Tax rate in basis points (1/100 of a percent): 800 = 8 %. */
export const TAX_RATE_BASIS_POINTS = 800;

export interface PricedLine {
  quantity: number;
  unitPriceMinor: number;
}

export interface OrderTotals {
  subtotalMinor: number;
  shippingMinor: number;
  taxMinor: number;
  totalMinor: number;
}

function assertMinor(value: number, what: string) {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be a non-negative integer amount of minor units, got ${value}`);
}

/** unitPrice x quantity, refusing fractions, negatives and overflow. */
export function lineTotalMinor(line: PricedLine): number {
  assertMinor(line.unitPriceMinor, 'unitPriceMinor');
  if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) throw new RangeError(`quantity must be a positive integer, got ${line.quantity}`);
  const total = line.unitPriceMinor * line.quantity;
  assertMinor(total, 'line total');
  return total;
}

export function subtotalMinor(lines: readonly PricedLine[]): number {
  const sum = lines.reduce((acc, line) => acc + lineTotalMinor(line), 0);
  assertMinor(sum, 'subtotal');
  return sum;
}

export const totalQuantity = (lines: readonly { quantity: number }[]) => lines.reduce((acc, line) => acc + line.quantity, 0);

/** Nothing to ship, nothing to charge; otherwise flat rate below the free-shipping threshold. */
export function shippingMinorFor(subtotal: number): number {
  assertMinor(subtotal, 'subtotal');
  if (subtotal === 0) return 0;
  return subtotal >= FREE_SHIPPING_FROM_MINOR ? 0 : FLAT_SHIPPING_MINOR;
}

/** Tax on the subtotal, rounded half up to the minor unit; BigInt so no product can overflow. */
export function taxMinorFor(subtotal: number, rateBasisPoints = TAX_RATE_BASIS_POINTS): number {
  assertMinor(subtotal, 'subtotal');
  return Number((BigInt(subtotal) * BigInt(rateBasisPoints) + 5000n) / 10000n);
}

export function computeTotals(lines: readonly PricedLine[]): OrderTotals {
  const subtotal = subtotalMinor(lines);
  const shipping = shippingMinorFor(subtotal);
  const tax = taxMinorFor(subtotal);
  return { subtotalMinor: subtotal, shippingMinor: shipping, taxMinor: tax, totalMinor: subtotal + shipping + tax };
}
