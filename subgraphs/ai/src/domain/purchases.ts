/**
 * The part of an `order.created` (v1) payload recommendations rely on; see
 * events/order-created.ts for the full contract and its validation.
 */
export interface PurchasedOrder {
  orderId: string;
  customerId: string;
  createdAt: string;
  lines: readonly { productId: string; quantity: number }[];
}

/** What the recommendation engine remembers of an order: who bought which product, how many. */
export interface Purchase {
  orderId: string;
  customerId: string;
  productId: string;
  quantity: number;
  orderedAt: string;
}

/**
 * One purchase per product of the order. Lines of the same product (different variants, or a
 * product added twice) are merged: co-purchase counts orders, not lines. Sorted by product id so
 * that concurrent writers touch per-product rows in the same order and cannot deadlock.
 */
export function purchasesFromOrder(order: PurchasedOrder): Purchase[] {
  const quantities = new Map<string, number>();
  for (const line of order.lines) {
    if (line.quantity <= 0) continue;
    quantities.set(line.productId, (quantities.get(line.productId) ?? 0) + line.quantity);
  }
  return [...quantities.keys()].sort().map((productId) => ({
    orderId: order.orderId,
    customerId: order.customerId,
    productId,
    quantity: quantities.get(productId)!,
    orderedAt: order.createdAt,
  }));
}
