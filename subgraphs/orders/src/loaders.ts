import { createBatchLoader, createGroupLoader } from '@shop/kit';
import DataLoader from 'dataloader';
import type { CartStore } from './db/cart-store';
import type { CatalogStore } from './db/catalog-store';
import type { OrderRow, OrderStore } from './db/order-store';
import type { OrderCursor } from './domain/order-list';

/** One page of one customer's order history. */
export interface CustomerPageKey {
  customerId: string;
  limit: number;
  after?: OrderCursor;
}

/** Keys asking for the same page shape (size and cursor) share one query. */
const pageShape = (key: CustomerPageKey) => JSON.stringify([key.limit, key.after ?? null]);

/**
 * Order histories of many users in one query per page shape: a batch of User entities asking for
 * `orders(first: 5)` is one query, not one per user.
 */
function customerPagesLoader(store: OrderStore) {
  return new DataLoader<CustomerPageKey, OrderRow[], string>(
    async (keys) => {
      const shapes = new Map<string, CustomerPageKey[]>();
      for (const key of keys) shapes.set(pageShape(key), [...(shapes.get(pageShape(key)) ?? []), key]);
      const pages = new Map<string, OrderRow[]>();
      await Promise.all(
        [...shapes].map(async ([shape, members]) => {
          const { limit, after } = members[0]!;
          const rows = await store.listForCustomers(
            members.map((k) => k.customerId),
            limit,
            after,
          );
          for (const row of rows) {
            const page = `${shape}|${row.customerId}`;
            pages.set(page, [...(pages.get(page) ?? []), row]);
          }
        }),
      );
      return keys.map((key) => pages.get(`${pageShape(key)}|${key.customerId}`) ?? []);
    },
    { cacheKeyFn: (key) => `${pageShape(key)}|${key.customerId}`, maxBatchSize: 1000 },
  );
}

/** Made once per request: each `_entities` batch of orders is one query, and so are their lines and histories. */
export function createLoaders(orders: OrderStore, carts: CartStore, catalog: CatalogStore) {
  return {
    orderById: createBatchLoader(
      (ids: readonly string[]) => orders.findByIds(ids),
      (o) => o.id,
    ),
    linesByOrder: createGroupLoader(
      (ids: readonly string[]) => orders.linesByOrderIds(ids),
      (l) => l.orderId,
    ),
    ordersOfCustomer: customerPagesLoader(orders),
    orderCountOfCustomer: createBatchLoader(
      (ids: readonly string[]) => orders.countByCustomers(ids),
      (c) => c.customerId,
    ),
    historyByOrder: createGroupLoader(
      (ids: readonly string[]) => orders.historyByOrderIds(ids),
      (h) => h.orderId,
    ),
    /** Carts with their lines: one round trip per batch (Redis MGET, or carts + lines in Postgres). */
    cartById: createBatchLoader(
      (ids: readonly string[]) => carts.findByIds(ids),
      (c) => c.id,
    ),
    /** The catalogue read model: every variant a request prices, in one query. */
    catalogByVariant: createBatchLoader(
      (ids: readonly string[]) => catalog.findVariants(ids),
      (v) => v.variantId,
    ),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
