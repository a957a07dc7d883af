import { toMoney, type Identity, type Money } from '@shop/kit';
import type { CartLineRow, CartRow, CartStore } from '../db/cart-store';
import { canReadCart } from '../domain/access';
import { subtotalMinor, totalQuantity } from '../domain/money';
import type { Loaders } from '../loaders';

/** A line as the API shows it: priced in its cart's currency. */
export type CartLineView = CartLineRow & { currencyCode: string };

/** Cart reads for one request, on behalf of `identity`. */
export function createCartService(store: CartStore, identity: Identity, loaders: Loaders) {
  const lines = (cart: CartRow): Promise<CartLineRow[]> => loaders.linesByCart.load(cart.id);

  return {
    /** Null for a cart that does not exist or belongs to someone else. */
    async cart(id: string): Promise<CartRow | null> {
      const cart = await loaders.cartById.load(id);
      return cart && canReadCart(identity, cart) ? cart : null;
    },
    async myCart(): Promise<CartRow | null> {
      if (!identity.userId) return null;
      const cart = await store.latestOfCustomer(identity.userId);
      if (!cart) return null;
      loaders.cartById.prime(cart.id, cart);
      return cart;
    },
    lines: async (cart: CartRow): Promise<CartLineView[]> => (await lines(cart)).map((line) => ({ ...line, currencyCode: cart.currencyCode })),
    subtotal: async (cart: CartRow): Promise<Money> => toMoney(subtotalMinor(await lines(cart)), cart.currencyCode),
    totalQuantity: async (cart: CartRow): Promise<number> => totalQuantity(await lines(cart)),
  };
}

export type CartService = ReturnType<typeof createCartService>;
