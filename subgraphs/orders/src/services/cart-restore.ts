import type { Logger } from '@shop/kit';
import type { CartRecord, CartStore } from '../db/cart-store';
import type { OrderLineRow, OrderRow } from '../db/order-store';
import { newCartId, newLineId } from './cart-commands';

/**
 * Gives a customer the lines of an order that failed (payment declined, stock missing) back in
 * their current cart, so that they can try another card or change the cart, then check out anew.
 * Each line ends holding at least what was ordered: running it again (a redelivered event) changes
 * nothing, and lines the shopper has since added or raised are kept. No stock limit is applied: the
 * cart's line warnings say what stock no longer covers.
 */
export async function restoreOrderToCart(store: CartStore, order: OrderRow, lines: readonly OrderLineRow[], logger: Logger): Promise<CartRecord | null> {
  const create = { id: newCartId(), customerId: order.customerId, currencyCode: order.currencyCode };
  let cart = (await store.currentOfCustomer(order.customerId)) ?? null;
  if (cart && cart.currencyCode !== order.currencyCode) {
    logger.warn('not restoring a failed order into a cart of another currency', { orderId: order.id, cartId: cart.id });
    return cart;
  }
  for (const line of lines) {
    if (!line.variantId) continue;
    const existing = cart?.lines.find((l) => l.variantId === line.variantId);
    if (existing && existing.quantity >= line.quantity) continue;
    const change = existing
      ? await store.setLineQuantity(cart!.id, existing.id, line.quantity, null)
      : await store.addLine(
          cart ? { cartId: cart.id } : { customerId: order.customerId, create },
          { id: newLineId(), productId: line.productId, variantId: line.variantId, quantity: line.quantity },
          null,
        );
    if (change.ok) cart = change.cart;
  }
  return cart;
}
