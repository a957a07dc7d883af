import { demoCarts, demoOrders } from '@shop/demo-data';
import type { Logger } from '@shop/kit';
import type { CartStore } from './db/cart-store';
import type { NewOrder, OrderStore } from './db/order-store';
import { computeTotals } from './domain/money';
import { orderCreated } from './events/order-events';

/**
 * Loads the demo order history into an empty store, with an `order.created` event per order in
 * the same transaction so that consumers (search, ai) learn the history from events.
 */
export async function seedOrders(orderStore: OrderStore, cartStore: CartStore, logger: Logger, now: Date): Promise<void> {
  if ((await orderStore.count({})) > 0) return;
  const started = Date.now();
  const demo = demoOrders(now).orders;
  const newOrders: NewOrder[] = demo.map((o) => {
    const totals = computeTotals(o.lines);
    // The demo data and our own money rules must agree; a drift would show wrong totals.
    if (totals.totalMinor !== o.totalMinor)
      throw new Error(`demo order ${o.id}: total ${o.totalMinor} does not match the pricing rules (${totals.totalMinor})`);
    return {
      id: o.id,
      number: o.number,
      customerId: o.customerId,
      status: o.status,
      currencyCode: o.currencyCode,
      ...totals,
      createdAt: o.createdAt,
      updatedAt: o.createdAt,
      lines: o.lines.map((l, i) => ({
        id: l.id,
        lineNo: i + 1,
        productId: l.productId,
        variantId: l.variantId,
        sku: l.sku,
        productName: l.productName,
        quantity: l.quantity,
        unitPriceMinor: l.unitPriceMinor,
      })),
    };
  });
  await orderStore.insertMany(
    newOrders,
    demo.map((o) => orderCreated(o, 'history')),
  );
  await seedCarts(cartStore, now);
  logger.info('seeded demo orders', { orders: newOrders.length, lines: newOrders.reduce((n, o) => n + o.lines.length, 0), ms: Date.now() - started });
}

export { DEMO_GUEST_CART_ID, demoCartId } from '@shop/demo-data';

/**
 * The demo carts, so that Query.cart and Query.myCart show something out of the box, in whichever
 * cart store is in use. They hold variants and quantities (within the seeded stock); prices come
 * from the read model.
 */
async function seedCarts(store: CartStore, now: Date): Promise<void> {
  for (const cart of demoCarts()) {
    await store.save({ id: cart.id, customerId: cart.customerId, currencyCode: cart.currencyCode, updatedAt: now.toISOString() }, cart.lines);
  }
}
