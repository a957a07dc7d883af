import { toMoney, type Identity, type Money } from '@shop/kit';
import type { CartRecord, CartStore } from '../db/cart-store';
import { canReadCart } from '../domain/access';
import { lineWarnings } from '../domain/cart-lines';
import type { CatalogVariant } from '../domain/catalog';
import { subtotalMinor, totalQuantity } from '../domain/money';
import type { Loaders } from '../loaders';

/** A cart line as the API shows it: priced from the catalogue read model at display time. */
export interface CartLineView {
  id: string;
  productId: string;
  variantId: string;
  quantity: number;
  unitPriceMinor: number;
  currencyCode: string;
  available: number | null;
}

/**
 * A line whose variant the read model cannot price (not yet announced, or gone) is left out of the
 * view and of the totals; checkout refuses it as VARIANT_NOT_FOUND.
 */
export function viewLines(cart: CartRecord, variants: readonly (CatalogVariant | null)[]): CartLineView[] {
  return cart.lines.flatMap((line, i) => {
    const variant = variants[i];
    if (!variant) return [];
    return [
      {
        id: line.id,
        productId: variant.productId,
        variantId: line.variantId,
        quantity: line.quantity,
        unitPriceMinor: variant.priceMinor,
        currencyCode: variant.currencyCode,
        available: variant.available,
      },
    ];
  });
}

/** Cart reads for one request, on behalf of `identity`. */
export function createCartService(store: CartStore, identity: Identity, loaders: Loaders) {
  const views = new WeakMap<CartRecord, Promise<CartLineView[]>>();
  /** Priced once per cart per request, whichever fields ask; one catalogue query per batch of carts. */
  function lines(cart: CartRecord): Promise<CartLineView[]> {
    let view = views.get(cart);
    if (!view) {
      view = loaders.catalogByVariant.loadMany(cart.lines.map((l) => l.variantId)).then((variants) =>
        viewLines(
          cart,
          variants.map((v) => (v instanceof Error ? null : v)),
        ),
      );
      views.set(cart, view);
    }
    return view;
  }

  return {
    /** Null for a cart that does not exist, has expired or belongs to someone else. */
    async cart(id: string): Promise<CartRecord | null> {
      const cart = await loaders.cartById.load(id);
      return cart && canReadCart(identity, cart) ? cart : null;
    },
    async myCart(): Promise<CartRecord | null> {
      if (!identity.userId) return null;
      const cart = await store.currentOfCustomer(identity.userId);
      if (!cart) return null;
      loaders.cartById.prime(cart.id, cart);
      return cart;
    },
    lines,
    subtotal: async (cart: CartRecord): Promise<Money> => toMoney(subtotalMinor(await lines(cart)), cart.currencyCode),
    totalQuantity: async (cart: CartRecord): Promise<number> => totalQuantity(await lines(cart)),
    /** Every line is priced (none left out of the view) and none has a stock warning. */
    async checkoutReady(cart: CartRecord): Promise<boolean> {
      const view = await lines(cart);
      return view.length > 0 && view.length === cart.lines.length && view.every((l) => lineWarnings(l).length === 0);
    },
  };
}

export type CartService = ReturnType<typeof createCartService>;
