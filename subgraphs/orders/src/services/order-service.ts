import { forbidden, pageSize, toConnection, unauthenticated, type Connection, type Identity } from '@shop/kit';
import type { OrderLineRow, OrderRow, OrderStore } from '../db/order-store';
import { canReadOrder, customerOrdersAccess, orderListAccess, type ListAccess } from '../domain/access';
import { decodeOrderCursor, orderCursorOf, parseOrderFilter, type OrderFilterInput, type OrderListFilter } from '../domain/order-list';
import type { Loaders } from '../loaders';

/** A line as the API shows it: priced in its order's currency. */
export type OrderLineView = OrderLineRow & { currencyCode: string };

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

function requireAccess(access: ListAccess, message: string) {
  if (access === 'unauthenticated') throw unauthenticated();
  if (access === 'forbidden') throw forbidden(message);
}

/** Order reads for one request, on behalf of `identity`. */
export function createOrderService(store: OrderStore, identity: Identity, loaders: Loaders) {
  /** Entity lookups later in the same request (e.g. Order.payments joins) reuse listed rows. */
  function connection(rows: OrderRow[], first: number, totalCount: number): Connection<OrderRow> {
    for (const row of rows) loaders.orderById.prime(row.id, row);
    return toConnection(rows, first, totalCount, orderCursorOf);
  }

  /** One page of a listing: the page and its count in two queries; lines come later, batched. */
  async function page(filter: OrderListFilter, args: PageArgs): Promise<Connection<OrderRow>> {
    const first = pageSize(args.first);
    const after = decodeOrderCursor(args.after);
    const [rows, totalCount] = await Promise.all([store.list(filter, first + 1, after), store.count(filter)]);
    return connection(rows, first, totalCount);
  }

  /** The order if the caller may see it; null otherwise, so existence does not leak. */
  async function visible(id: string): Promise<OrderRow | null> {
    const order = await loaders.orderById.load(id);
    return order && canReadOrder(identity, order) ? order : null;
  }

  return {
    visible,
    async order(id: string): Promise<OrderRow | null> {
      if (!identity.userId) throw unauthenticated();
      return visible(id);
    },
    list(args: PageArgs & { filter?: OrderFilterInput | null }): Promise<Connection<OrderRow>> {
      requireAccess(orderListAccess(identity), 'Only staff can list all orders.');
      return page(parseOrderFilter(args.filter), args);
    },
    /** Through loaders, so a batch of users costs two queries (pages, counts), not two per user. */
    async ofCustomer(customerId: string, args: PageArgs): Promise<Connection<OrderRow>> {
      requireAccess(customerOrdersAccess(identity, customerId), 'You can only see your own orders.');
      const first = pageSize(args.first);
      const after = decodeOrderCursor(args.after);
      const [rows, total] = await Promise.all([
        loaders.ordersOfCustomer.load({ customerId, limit: first + 1, after }),
        loaders.orderCountOfCustomer.load(customerId),
      ]);
      return connection(rows, first, total?.count ?? 0);
    },
    /** The order's status changes as the API shows them, oldest first; one query per batch of orders. */
    async history(order: OrderRow) {
      const rows = await loaders.historyByOrder.load(order.id);
      return rows.map((row) => ({
        version: row.version,
        from: row.fromStatus,
        to: row.toStatus,
        previousFulfillmentStatus: row.fromFulfillmentStatus,
        fulfillmentStatus: row.toFulfillmentStatus,
        previousFinancialStatus: row.fromFinancialStatus,
        financialStatus: row.toFinancialStatus,
        reason: row.reason,
        at: row.at,
      }));
    },
    async lines(order: OrderRow): Promise<OrderLineView[]> {
      const lines = await loaders.linesByOrder.load(order.id);
      return lines.map((line) => ({ ...line, currencyCode: order.currencyCode }));
    },
  };
}

export type OrderService = ReturnType<typeof createOrderService>;
