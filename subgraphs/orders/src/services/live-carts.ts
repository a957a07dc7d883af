import type { Logger } from '@shop/kit';
import type { CartRecord, CartStore } from '../db/cart-store';

/**
 * A cart that became an order is retired: checkout deletes it once the order is committed, and if
 * that step never ran (a crash right after the commit) the cart is deleted the next time anyone
 * looks at it. So a customer is never stuck with a cart that checkout refuses as
 * CART_ALREADY_CHECKED_OUT; their next addCartLine starts a new cart.
 */
export function retiringCheckedOutCarts(store: CartStore, checkedOut: (cartIds: readonly string[]) => Promise<string[]>, logger: Logger): CartStore {
  async function live(carts: CartRecord[]): Promise<CartRecord[]> {
    if (!carts.length) return carts;
    const dead = new Set(await checkedOut(carts.map((c) => c.id)));
    if (!dead.size) return carts;
    for (const id of dead) {
      logger.info('retiring a cart that was already checked out', { cartId: id });
      await store.delete(id);
    }
    return carts.filter((c) => !dead.has(c.id));
  }

  const current = async (customerId: string) => {
    const cart = await store.currentOfCustomer(customerId);
    return cart ? (await live([cart]))[0] : undefined;
  };

  return {
    ...store,
    findByIds: async (ids) => live(await store.findByIds(ids)),
    currentOfCustomer: current,
    async addLine(target, line, limit) {
      // The store picks the customer's current cart itself: make sure it is not a dead one.
      if ('customerId' in target) await current(target.customerId);
      return store.addLine(target, line, limit);
    },
    async merge(sourceId, target, caps) {
      if ('customerId' in target) await current(target.customerId);
      return store.merge(sourceId, target, caps);
    },
  };
}
