import { demoCatalog, demoOrders, demoUsers } from '@shop/demo-data';
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
      fulfillmentStatus: o.fulfillmentStatus,
      financialStatus: o.financialStatus,
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

/** Ids of the demo carts: one guest cart and the current cart of the first three demo customers. */
export const DEMO_GUEST_CART_ID = 'cart_guest_demo';
export const demoCartId = (customerId: string) => `cart_${customerId}`;

/**
 * A handful of carts so that Query.cart and Query.myCart show something out of the box, in whichever
 * cart store is in use. They hold variants and quantities; prices come from the read model.
 */
async function seedCarts(store: CartStore, now: Date): Promise<void> {
  const { products } = demoCatalog();
  const owners: (string | null)[] = [
    null,
    ...demoUsers()
      .filter((u) => u.role === 'CUSTOMER')
      .slice(0, 3)
      .map((u) => u.id),
  ];
  for (const [n, customerId] of owners.entries()) {
    const id = customerId ? demoCartId(customerId) : DEMO_GUEST_CART_ID;
    const picks = [products[(n * 37) % products.length]!, products[(n * 37 + 11) % products.length]!];
    await store.save(
      { id, customerId, currencyCode: 'USD', updatedAt: now.toISOString() },
      picks.map((p, i) => ({
        id: `${id}_${i + 1}`,
        lineNo: i + 1,
        productId: p.id,
        variantId: p.variants[0]!.id,
        quantity: i + 1,
      })),
    );
  }
}
