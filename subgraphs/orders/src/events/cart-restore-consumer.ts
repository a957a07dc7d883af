import type { Logger } from '@shop/kit';
import type { EventBus, EventSubscription } from '@shop/stores';
import type { CartStore } from '../db/cart-store';
import type { OrderStore } from '../db/order-store';
import { restoreOrderToCart } from '../services/cart-restore';
import { ORDER_UPDATED, type OrderUpdatedPayload } from './order-events';

/** Its own consumer group: orders reads back its own order.updated events for this. */
export const CART_RESTORE_GROUP = 'orders-cart-restore';

/** Order states whose cart comes back to the customer: nothing was charged, nothing is held. */
const RESTORED_ON = new Set(['PAYMENT_FAILED', 'OUT_OF_STOCK']);

/**
 * When a checkout ends PAYMENT_FAILED or OUT_OF_STOCK the shopper gets the cart back. Driven by the
 * order.updated event from the outbox, so a crash between the order's change and the cart's does
 * not lose it: the event is redelivered, and restoring is idempotent.
 */
export function startCartRestoreConsumer(options: { bus: EventBus; orders: OrderStore; carts: CartStore; logger: Logger }): Promise<EventSubscription> {
  return options.bus.subscribe(
    CART_RESTORE_GROUP,
    async (event) => {
      const payload = event.payload as OrderUpdatedPayload;
      if (!RESTORED_ON.has(payload.status)) return;
      const [order] = await options.orders.findByIds([payload.orderId]);
      // Only checkouts have a cart to give back; the seeded history does not.
      if (!order || order.status !== payload.status || !order.cartId) return;
      const lines = (await options.orders.linesByOrderIds([order.id])).filter((l) => l.orderId === order.id);
      await restoreOrderToCart(options.carts, order, lines, options.logger);
    },
    { types: [ORDER_UPDATED] },
  );
}
