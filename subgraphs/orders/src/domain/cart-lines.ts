import type { CatalogVariant } from './catalog';
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
