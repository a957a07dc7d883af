import type { Database } from '@shop/stores';
import { asc, desc, eq, inArray } from 'drizzle-orm';
import { toIso } from './rows';
import { cartLines, carts, type OrdersSchema } from './schema';

export type CartRow = typeof carts.$inferSelect;
export type CartLineRow = typeof cartLines.$inferSelect;

/**
 * What the orders subgraph needs from its cart store. Kept apart from OrderStore because carts are
 * short-lived, write-heavy state that may move to Redis without touching orders.
 */
export interface CartStore {
  findByIds(ids: readonly string[]): Promise<CartRow[]>;
  /** The lines of all the given carts in one query, in line order. */
  linesByCartIds(cartIds: readonly string[]): Promise<CartLineRow[]>;
  /** The customer's most recently updated cart. */
  latestOfCustomer(customerId: string): Promise<CartRow | undefined>;
  /** Creates or replaces a cart with exactly these lines, atomically. */
  save(cart: CartRow, lines: readonly Omit<CartLineRow, 'cartId'>[]): Promise<void>;
}

const normalise = (row: CartRow): CartRow => ({ ...row, updatedAt: toIso(row.updatedAt) });

export function createCartStore(db: Database<OrdersSchema>): CartStore {
  return {
    async findByIds(ids) {
      if (!ids.length) return [];
      return (
        await db
          .select()
          .from(carts)
          .where(inArray(carts.id, [...ids]))
      ).map(normalise);
    },
    async linesByCartIds(cartIds) {
      if (!cartIds.length) return [];
      return db
        .select()
        .from(cartLines)
        .where(inArray(cartLines.cartId, [...cartIds]))
        .orderBy(asc(cartLines.cartId), asc(cartLines.lineNo));
    },
    async latestOfCustomer(customerId) {
      const [row] = await db.select().from(carts).where(eq(carts.customerId, customerId)).orderBy(desc(carts.updatedAt), desc(carts.id)).limit(1);
      return row && normalise(row);
    },
    async save(cart, lines) {
      await db.transaction(async (tx) => {
        const { id, ...rest } = cart;
        await tx.insert(carts).values(cart).onConflictDoUpdate({ target: carts.id, set: rest });
        await tx.delete(cartLines).where(eq(cartLines.cartId, id));
        if (lines.length) await tx.insert(cartLines).values(lines.map((line) => ({ ...line, cartId: id })));
      });
    },
  };
}
