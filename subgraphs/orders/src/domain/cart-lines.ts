import type { Catalog, CatalogVariant } from './catalog';
import { userError, type OrderUserError } from './errors';

/** More than this many units of one variant in a cart is a typo, not a purchase. */
export const MAX_LINE_QUANTITY = 999;

/** A quantity to add (at least 1) or to set (0 removes the line). */
export function quantityError(quantity: number, { allowZero }: { allowZero: boolean }): OrderUserError | null {
  const min = allowZero ? 0 : 1;
  if (Number.isInteger(quantity) && quantity >= min && quantity <= MAX_LINE_QUANTITY) return null;
  return userError('INVALID_QUANTITY', `The quantity must be a whole number from ${min} to ${MAX_LINE_QUANTITY}.`, 'quantity');
}

/** The most units of the variant a cart line may hold: its availability, or no limit while unknown. */
export const lineLimit = (variant: CatalogVariant): number | null => (variant.available === null ? null : Math.max(0, variant.available));

export function insufficientStock(variant: CatalogVariant, requested: number, field: string | null = 'quantity'): OrderUserError {
  const available = Math.max(0, variant.available ?? 0);
  return userError(
    'INSUFFICIENT_STOCK',
    `Only ${available} of ${variant.productName} (${variant.variantName}, ${variant.sku}) ${available === 1 ? 'is' : 'are'} available; the cart would hold ${requested}.`,
    field,
  );
}

export const variantNotFound = (variantId: string, field: string | null = 'variantId') =>
  userError('VARIANT_NOT_FOUND', `There is no product variant ${variantId} for sale.`, field);

/**
 * What a merged line holds: both quantities added, capped by availability (null: unknown, no
 * cap) and by the line maximum, but never less than the target line already had.
 */
export function mergedQuantity(target: number, incoming: number, cap: number | null): number {
  const limit = Math.min(cap ?? MAX_LINE_QUANTITY, MAX_LINE_QUANTITY);
  return Math.max(target, Math.min(target + incoming, limit));
}

export type CartLineWarningCode = 'OUT_OF_STOCK' | 'INSUFFICIENT_STOCK';
export interface CartLineWarning {
  code: CartLineWarningCode;
  message: string;
}

/**
 * Why a line cannot be bought as it stands, judged on the availability inventory last reported
 * (null: not known yet, no warning). Stock can fall after a line was added; the cart says so.
 */
export function lineWarnings(line: { quantity: number; available: number | null }): CartLineWarning[] {
  if (line.available === null || line.quantity <= line.available) return [];
  const available = Math.max(0, line.available);
  if (available === 0) return [{ code: 'OUT_OF_STOCK', message: 'This item is out of stock; remove it to check out.' }];
  return [
    {
      code: 'INSUFFICIENT_STOCK',
      message: `Only ${available} ${available === 1 ? 'is' : 'are'} available; lower the quantity from ${line.quantity} to check out.`,
    },
  ];
}

/** Checkout refuses, before any order or payment exists, every line it already knows it cannot fulfil. */
export function stockProblems(lines: readonly { id: string; variantId: string; quantity: number }[], catalog: Catalog): OrderUserError[] {
  return lines.flatMap((line) => {
    const variant = catalog.get(line.variantId);
    if (!variant || lineWarnings({ quantity: line.quantity, available: variant.available }).length === 0) return [];
    return [insufficientStock(variant, line.quantity, `lines.${line.id}`)];
  });
}
