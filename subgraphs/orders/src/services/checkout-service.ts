import { randomBytes } from 'node:crypto';
import { unauthenticated, type Identity, type Logger } from '@shop/kit';
import { tokenizeCard, type CardInput } from '@shop/payment-cards';
import type { Database } from '@shop/stores';
import type { CartStore } from '../db/cart-store';
import type { OrderRow } from '../db/order-store';
import { findCheckoutRequest, placeOrder, replayOf, type PlaceOrderResult } from '../db/place-order';
import type { OrdersSchema } from '../db/schema';
import { canCheckOutCart } from '../domain/access';
import { validateAddress, type ShippingAddressInput } from '../domain/address';
import { stockProblems } from '../domain/cart-lines';
import type { CatalogVariant } from '../domain/catalog';
import { checkoutFingerprint, isValidIdempotencyKey } from '../domain/checkout-request';
import { userError, type OrderUserError } from '../domain/errors';
import { priceCart } from '../domain/pricing';
import type { Loaders } from '../loaders';

export interface CheckoutInput {
  cartId: string;
  shippingAddress: ShippingAddressInput;
  payment: CardInput;
}

export interface CheckoutPayload {
  order: OrderRow | null;
  userErrors: OrderUserError[];
}

export interface CheckoutDeps {
  db: Database<OrdersSchema>;
  carts: CartStore;
  identity: Identity;
  loaders: Loaders;
  logger: Logger;
  now: () => Date;
  /** Called after an order was committed: publishes order.created from the outbox. */
  onPlaced: () => Promise<void>;
}

const fail = (...userErrors: OrderUserError[]): CheckoutPayload => ({ order: null, userErrors });
const newOrderId = () => `ord_${randomBytes(12).toString('base64url')}`;

/**
 * Checkout: validates address and card (the card is tokenized here and never stored), prices the
 * cart from the read model, then places the order PENDING in one transaction (see placeOrder). The
 * saga takes it from there; the order comes back at once.
 */
export function createCheckoutService({ db, carts, identity, loaders, logger, now, onPlaced }: CheckoutDeps) {
  async function answer(result: PlaceOrderResult): Promise<CheckoutPayload> {
    switch (result.kind) {
      case 'placed':
        loaders.orderById.prime(result.order.id, result.order);
        return { order: result.order, userErrors: [] };
      case 'replayed':
        return { order: await loaders.orderById.load(result.orderId), userErrors: [] };
      case 'key-reused':
        return fail(userError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was already used for a different checkout.', 'idempotencyKey'));
      case 'cart-checked-out':
        return fail(
          userError(
            'CART_ALREADY_CHECKED_OUT',
            'This cart has already been checked out; it is retired, and the next cart change starts a new one.',
            'input.cartId',
          ),
        );
    }
  }

  return {
    async checkout(input: CheckoutInput, idempotencyKey: string): Promise<CheckoutPayload> {
      const customerId = identity.userId;
      if (!customerId) throw unauthenticated('Sign in to check out.');
      if (!isValidIdempotencyKey(idempotencyKey))
        return fail(userError('INVALID_INPUT', 'The idempotency key must be 1 to 200 printable characters.', 'idempotencyKey'));
      const address = validateAddress(input.shippingAddress, 'input.shippingAddress');
      if (!address.ok) return fail(address.error);
      const card = tokenizeCard(input.payment, now());
      if (!card.ok) return fail(userError('INVALID_CARD', card.message, `input.payment.${card.field}`));

      const requestHash = checkoutFingerprint(input.cartId, address.address, card);
      const earlier = async () => replayOf(await findCheckoutRequest(db, customerId, idempotencyKey), requestHash);
      const prior = await earlier();
      if (prior) return answer(prior);

      const cart = await loaders.cartById.load(input.cartId);
      if (!cart || !canCheckOutCart(identity, cart)) {
        // A retry racing the first attempt may find the cart already gone with the order placed.
        const raced = await earlier();
        return raced ? answer(raced) : fail(userError('CART_NOT_FOUND', 'There is no such cart, or it has expired.', 'input.cartId'));
      }
      const variants = await loaders.catalogByVariant.loadMany(cart.lines.map((l) => l.variantId));
      const catalog = new Map(variants.filter((v): v is CatalogVariant => v !== null && !(v instanceof Error)).map((v) => [v.variantId, v]));
      const priced = priceCart(cart.lines, catalog);
      if (!priced.ok) return fail(...priced.errors);
      const missing = stockProblems(cart.lines, catalog);
      if (missing.length) return fail(...missing);

      const { lines, currencyCode, subtotalMinor, shippingMinor, taxMinor, totalMinor } = priced.cart;
      const orderId = newOrderId();
      const createdAt = now().toISOString();
      const result = await placeOrder(db, {
        customerId,
        idempotencyKey,
        requestHash,
        order: {
          id: orderId,
          currencyCode,
          subtotalMinor,
          shippingMinor,
          taxMinor,
          totalMinor,
          createdAt,
          updatedAt: createdAt,
          cartId: cart.id,
          shippingAddress: address.address,
          paymentBrand: card.brand,
          paymentLast4: card.last4,
        },
        lines: lines.map((l, i) => ({
          id: `${orderId}_${i + 1}`,
          lineNo: i + 1,
          productId: l.productId,
          variantId: l.variantId,
          sku: l.sku,
          productName: l.productName,
          quantity: l.quantity,
          unitPriceMinor: l.unitPriceMinor,
        })),
        payment: { token: card.token, brand: card.brand, last4: card.last4 },
      });
      // Already an order (a crash after an earlier commit left it behind): retire it, so the next addCartLine starts afresh.
      if (result.kind === 'cart-checked-out') await carts.delete(cart.id);
      if (result.kind === 'placed') {
        await onPlaced();
        // The order is committed; a cart left behind by a failure here cannot be checked out twice (orders.cart_id is unique).
        await carts.delete(cart.id).catch((error: unknown) => logger.warn('could not delete a checked-out cart', { cartId: cart.id, error }));
      }
      return answer(result);
    },
  };
}

export type CheckoutService = ReturnType<typeof createCheckoutService>;
