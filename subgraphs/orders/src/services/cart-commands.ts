import { randomBytes } from 'node:crypto';
import { unauthenticated, type Identity } from '@shop/kit';
import type { CartChange, CartRecord, CartStore, CartTarget } from '../db/cart-store';
import { canWriteCart } from '../domain/access';
import { insufficientStock, lineLimit, MAX_LINE_QUANTITY, quantityError, variantNotFound } from '../domain/cart-lines';
import type { CatalogVariant } from '../domain/catalog';
import { userError, type OrderUserError } from '../domain/errors';
import type { Loaders } from '../loaders';

export interface CartPayload {
  cart: CartRecord | null;
  userErrors: OrderUserError[];
}

export const newCartId = () => `cart_${randomBytes(12).toString('base64url')}`;
export const newLineId = () => `cl_${randomBytes(9).toString('base64url')}`;

const fail = (...userErrors: OrderUserError[]): CartPayload => ({ cart: null, userErrors });
const cartNotFound = () => fail(userError('CART_NOT_FOUND', 'There is no such cart, or it has expired.', 'cartId'));
const lineNotFound = () => fail(userError('LINE_NOT_FOUND', 'The cart has no such line.', 'lineId'));

/** The most a line of this variant may hold: what is available (when known), at most the line maximum. */
const limitFor = (variant: CatalogVariant | null) => Math.min((variant && lineLimit(variant)) ?? MAX_LINE_QUANTITY, MAX_LINE_QUANTITY);

function overLimit(variant: CatalogVariant | null, wouldHold: number): OrderUserError {
  if (variant && variant.available !== null && wouldHold > variant.available) return insufficientStock(variant, wouldHold);
  return userError('INVALID_QUANTITY', `A cart line holds at most ${MAX_LINE_QUANTITY} units.`, 'quantity');
}

/** Cart changes for one request, on behalf of `identity`. Failures are userErrors, never thrown. */
/** `onCartStarted` hears of every cart a change created (salesSummary's conversion counts them). */
export function createCartCommands(store: CartStore, identity: Identity, loaders: Loaders, onCartStarted: (cartId: string) => Promise<void> = async () => {}) {
  function answer(change: CartChange, variant: CatalogVariant | null, requested: number): CartPayload {
    if (change.ok) {
      loaders.cartById.clear(change.cart.id).prime(change.cart.id, change.cart);
      return { cart: change.cart, userErrors: [] };
    }
    if (change.error === 'LIMIT_EXCEEDED') return fail(overLimit(variant, requested));
    return change.error === 'LINE_NOT_FOUND' ? lineNotFound() : cartNotFound();
  }

  /** The cart a change names: by id when given (anonymous, or the caller's own), else the caller's current cart. */
  async function writable(cartId: string | null | undefined): Promise<CartRecord | null> {
    if (!cartId) return identity.userId ? ((await store.currentOfCustomer(identity.userId)) ?? null) : null;
    const cart = await loaders.cartById.load(cartId);
    return cart && canWriteCart(identity, cart) ? cart : null;
  }

  async function updateLine(args: { cartId?: string | null; lineId: string; quantity: number }): Promise<CartPayload> {
    const bad = quantityError(args.quantity, { allowZero: true });
    if (bad) return fail(bad);
    const cart = await writable(args.cartId);
    if (!cart) return cartNotFound();
    const line = cart.lines.find((l) => l.id === args.lineId);
    if (!line) return lineNotFound();
    const variant = args.quantity > 0 ? await loaders.catalogByVariant.load(line.variantId) : null;
    const limit = args.quantity > 0 ? limitFor(variant) : null;
    return answer(await store.setLineQuantity(cart.id, line.id, args.quantity, limit), variant, args.quantity);
  }

  return {
    async addLine(args: { cartId?: string | null; variantId: string; quantity: number }): Promise<CartPayload> {
      const bad = quantityError(args.quantity, { allowZero: false });
      if (bad) return fail(bad);
      const variant = await loaders.catalogByVariant.load(args.variantId);
      if (!variant) return fail(variantNotFound(args.variantId));
      const create = { id: newCartId(), customerId: identity.userId, currencyCode: variant.currencyCode };
      let target: CartTarget;
      if (args.cartId) {
        const cart = await writable(args.cartId);
        if (!cart) return cartNotFound();
        if (cart.currencyCode !== variant.currencyCode) {
          return fail(userError('INVALID_INPUT', `The cart is in ${cart.currencyCode}; this variant is sold in ${variant.currencyCode}.`, 'variantId'));
        }
        target = { cartId: cart.id };
      } else {
        // Signed in: the customer's cart, created on demand (atomically, so concurrent first adds share it).
        target = identity.userId ? { customerId: identity.userId, create } : { cartId: create.id, create };
      }
      const line = { id: newLineId(), productId: variant.productId, variantId: variant.variantId, quantity: args.quantity };
      const change = await store.addLine(target, line, limitFor(variant));
      if (change.ok && change.cart.id === create.id) await onCartStarted(create.id);
      return answer(change, variant, args.quantity + (change.ok || change.error !== 'LIMIT_EXCEEDED' ? 0 : change.quantity));
    },

    updateLine,

    removeLine: (args: { cartId?: string | null; lineId: string }): Promise<CartPayload> => updateLine({ ...args, quantity: 0 }),

    /** Moves an anonymous cart into the caller's cart; quantities add up, capped by availability. */
    async merge(cartId: string): Promise<CartPayload> {
      if (!identity.userId) throw unauthenticated('Sign in to merge a cart into yours.');
      const source = await loaders.cartById.load(cartId);
      if (!source || (source.customerId !== null && source.customerId !== identity.userId)) return cartNotFound();
      if (source.customerId === identity.userId) return { cart: source, userErrors: [] };
      const variants = await loaders.catalogByVariant.loadMany(source.lines.map((l) => l.variantId));
      const caps: Record<string, number> = {};
      for (const v of variants) if (v && !(v instanceof Error) && v.available !== null) caps[v.variantId] = Math.max(0, v.available);
      const create = { id: newCartId(), customerId: identity.userId, currencyCode: source.currencyCode };
      const change = await store.merge(source.id, { customerId: identity.userId, create }, caps);
      loaders.cartById.clear(source.id);
      return answer(change, null, 0);
    },
  };
}

export type CartCommands = ReturnType<typeof createCartCommands>;
