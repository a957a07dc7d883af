import { shippingFor, taxFor } from '@shop/demo-data';
import { describe, expect, it } from 'vitest';
import { insufficientStock, lineLimit, MAX_LINE_QUANTITY, mergedQuantity, quantityError } from '../src/domain/cart-lines';
import type { CatalogVariant } from '../src/domain/catalog';
import { priceCart } from '../src/domain/pricing';

const variant = (id: string, priceMinor: number, available: number | null = 10, currencyCode = 'USD'): CatalogVariant => ({
  variantId: id,
  productId: `prd_${id}`,
  sku: `SKU-${id}`,
  productName: `Product ${id}`,
  variantName: 'Default',
  priceMinor,
  currencyCode,
  available,
});
const catalog = (...variants: CatalogVariant[]) => new Map(variants.map((v) => [v.variantId, v]));

describe('checkout pricing', () => {
  it('prices lines from the catalogue and adds shipping and tax', () => {
    const result = priceCart(
      [
        { id: 'l1', variantId: 'a', quantity: 2 },
        { id: 'l2', variantId: 'b', quantity: 1 },
      ],
      catalog(variant('a', 1999), variant('b', 500)),
    );
    expect(result).toEqual({
      ok: true,
      cart: {
        currencyCode: 'USD',
        subtotalMinor: 4498,
        shippingMinor: 599,
        taxMinor: 360,
        totalMinor: 5457,
        lines: [
          { lineId: 'l1', productId: 'prd_a', variantId: 'a', sku: 'SKU-a', productName: 'Product a', quantity: 2, unitPriceMinor: 1999, totalMinor: 3998 },
          { lineId: 'l2', productId: 'prd_b', variantId: 'b', sku: 'SKU-b', productName: 'Product b', quantity: 1, unitPriceMinor: 500, totalMinor: 500 },
        ],
      },
    });
  });

  it('follows the demo data rules for shipping and tax at every threshold', () => {
    for (const subtotal of [1, 7, 6249, 7499, 7500, 7501, 123_456]) {
      const result = priceCart([{ id: 'l', variantId: 'a', quantity: 1 }], catalog(variant('a', subtotal)));
      expect(result.ok && [result.cart.shippingMinor, result.cart.taxMinor], String(subtotal)).toEqual([shippingFor(subtotal), taxFor(subtotal)]);
    }
  });

  it('refuses an empty cart, unknown variants and mixed currencies', () => {
    expect(priceCart([], catalog())).toMatchObject({ ok: false, errors: [{ code: 'CART_EMPTY' }] });
    expect(priceCart([{ id: 'l9', variantId: 'gone', quantity: 1 }], catalog())).toMatchObject({
      ok: false,
      errors: [{ code: 'VARIANT_NOT_FOUND', field: 'lines.l9' }],
    });
    const mixed = priceCart(
      [
        { id: 'l1', variantId: 'a', quantity: 1 },
        { id: 'l2', variantId: 'e', quantity: 1 },
      ],
      catalog(variant('a', 100), variant('e', 100, 1, 'EUR')),
    );
    expect(mixed).toMatchObject({ ok: false, errors: [{ code: 'INVALID_INPUT' }] });
  });
});

describe('cart line rules', () => {
  it('accepts whole quantities in range; zero only when setting', () => {
    expect(quantityError(1, { allowZero: false })).toBeNull();
    expect(quantityError(MAX_LINE_QUANTITY, { allowZero: false })).toBeNull();
    expect(quantityError(0, { allowZero: true })).toBeNull();
    for (const bad of [0, -1, 1.5, MAX_LINE_QUANTITY + 1, Number.NaN])
      expect(quantityError(bad, { allowZero: false })?.code, String(bad)).toBe('INVALID_QUANTITY');
    expect(quantityError(-1, { allowZero: true })?.code).toBe('INVALID_QUANTITY');
  });

  it('limits a line by availability once it is known', () => {
    expect(lineLimit(variant('a', 1, 4))).toBe(4);
    expect(lineLimit(variant('a', 1, -2))).toBe(0);
    expect(lineLimit(variant('a', 1, null))).toBeNull();
  });

  it('names the available number when refusing', () => {
    const error = insufficientStock(variant('a', 1, 3), 5);
    expect(error).toMatchObject({ code: 'INSUFFICIENT_STOCK', field: 'quantity' });
    expect(error.message).toContain('Only 3 ');
    expect(error.message).toContain('SKU-a');
  });

  it('merges quantities up to the cap without ever taking units away', () => {
    expect(mergedQuantity(2, 3, null)).toBe(5);
    expect(mergedQuantity(2, 3, 4)).toBe(4);
    expect(mergedQuantity(5, 3, 3)).toBe(5);
    expect(mergedQuantity(0, 3, 0)).toBe(0);
    expect(mergedQuantity(MAX_LINE_QUANTITY - 1, 5, null)).toBe(MAX_LINE_QUANTITY);
  });
});
