import { parseAmount } from '@shop/kit';
import { CATALOG_CURRENCY, type Attribute, type Image } from './catalog';

export type ProductErrorCode =
  | 'PRODUCT_NOT_FOUND'
  | 'INVALID_SLUG'
  | 'SLUG_TAKEN'
  | 'INVALID_NAME'
  | 'INVALID_BRAND'
  | 'INVALID_DESCRIPTION'
  | 'UNKNOWN_CATEGORY'
  | 'NO_VARIANTS'
  | 'INVALID_PRICE'
  | 'INVALID_SKU'
  | 'SKU_TAKEN'
  | 'UNKNOWN_VARIANT'
  | 'INVALID_VARIANT'
  | 'INVALID_IMAGE'
  | 'INVALID_ATTRIBUTE';

export interface UserError {
  code: ProductErrorCode;
  message: string;
  field: string | null;
}

/**
 * Field checks shared by create and update. Each returns the cleaned value, or records a problem
 * in `errors` and returns undefined, so that one call reports every problem at once.
 */
export type Errors = UserError[];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SKU = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const MAX_VARIANTS = 100;

const fail = (errors: Errors, code: ProductErrorCode, field: string, message: string) => void errors.push({ code, message, field });

export function checkSlug(errors: Errors, slug: string, field = 'slug'): string | undefined {
  if (SLUG.test(slug) && slug.length <= 120) return slug;
  fail(errors, 'INVALID_SLUG', field, 'Use 1 to 120 lowercase letters, digits and single dashes, e.g. "trail-runner-2".');
}

export function checkText(errors: Errors, value: string, field: string, code: ProductErrorCode, max: number, min = 1): string | undefined {
  const text = value.trim();
  if (text.length >= min && text.length <= max) return text;
  fail(errors, code, field, min ? `Enter ${min} to ${max} characters.` : `Use at most ${max} characters.`);
}

/** A price as a decimal string greater than zero, in minor units. */
export function checkPrice(errors: Errors, price: string, field: string): number | undefined {
  try {
    const minor = parseAmount(price, CATALOG_CURRENCY);
    if (minor > 0) return minor;
  } catch {
    // reported below
  }
  fail(errors, 'INVALID_PRICE', field, `Enter a decimal amount greater than zero in ${CATALOG_CURRENCY}, e.g. "19.99".`);
}

export function checkSku(errors: Errors, sku: string, field: string): string | undefined {
  const value = sku.trim();
  if (SKU.test(value)) return value;
  fail(errors, 'INVALID_SKU', field, 'Use 1 to 64 letters, digits, dots, dashes or underscores.');
}

export function checkImages(errors: Errors, images: readonly Image[], field = 'images'): Image[] | undefined {
  const ok = images.every((i) => /^(https?:\/\/|\/)\S+$/.test(i.url) && i.url.length <= 2000 && i.altText.trim().length <= 300);
  if (ok && images.length <= 20) return images.map((i) => ({ url: i.url, altText: i.altText.trim() }));
  fail(errors, 'INVALID_IMAGE', field, 'Give at most 20 images, each an http(s) or site-relative URL with alt text of at most 300 characters.');
}

export function checkAttributes(errors: Errors, attributes: readonly Attribute[], field: string): Attribute[] | undefined {
  const cleaned = attributes.map((a) => ({ name: a.name.trim(), value: a.value.trim() }));
  if (cleaned.length <= 50 && cleaned.every((a) => a.name.length >= 1 && a.name.length <= 100 && a.value.length <= 500)) return cleaned;
  fail(errors, 'INVALID_ATTRIBUTE', field, 'Give at most 50 attributes, each with a name of 1 to 100 characters and a value of at most 500.');
}

/** SKUs must be unique within the product too (the store checks across products). Empty: already reported. */
export function checkDistinctSkus(errors: Errors, skus: readonly string[], fieldOf = (i: number) => `variants.${i}.sku`): void {
  const seen = new Set<string>();
  skus.forEach((sku, i) => {
    if (!sku) return;
    if (seen.has(sku)) fail(errors, 'SKU_TAKEN', fieldOf(i), `SKU ${sku} appears twice in this product.`);
    seen.add(sku);
  });
}
