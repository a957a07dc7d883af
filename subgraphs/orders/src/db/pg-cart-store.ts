import type { Database } from '@shop/stores';
import { and, asc, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import { mergedQuantity } from '../domain/cart-lines';
import {
  expiryOf,
  type CartChange,
  type CartLineRecord,
  type CartRecord,
  type CartStore,
  type CartStoreOptions,
  type CartTarget,
  type NewCart,
} from './cart-store';
import { toIso } from './rows';
import { cartLines, carts, type OrdersSchema } from './schema';

type Db = Database<OrdersSchema>;
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** The Postgres cart store (the existing carts/cart_lines tables): used when REDIS_URL is not set. */
export function createPgCartStore(db: Db, options: CartStoreOptions): CartStore {
  const now = () => options.now?.() ?? new Date();
  const stamps = () => {
    const at = now();
    return { updatedAt: at.toISOString(), expiresAt: expiryOf(at, options.ttlSeconds) };
  };

  async function load(q: Db | Tx, ids: readonly string[]): Promise<CartRecord[]> {
    if (!ids.length) return [];
    const rows = await q
      .select()
      .from(carts)
      .where(and(inArray(carts.id, [...ids]), gt(carts.expiresAt, now().toISOString())));
    if (!rows.length) return [];
    const lines = await q
      .select()
      .from(cartLines)
      .where(
        inArray(
          cartLines.cartId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(asc(cartLines.cartId), asc(cartLines.lineNo), asc(cartLines.id));
    return rows.map((row) => ({
      id: row.id,
      customerId: row.customerId,
      currencyCode: row.currencyCode,
      updatedAt: toIso(row.updatedAt),
      expiresAt: toIso(row.expiresAt),
      lines: lines.filter((l) => l.cartId === row.id).map(({ cartId: _cartId, ...line }) => line),
    }));
  }

  /** Creates the cart (when `create` is given) or refreshes its timestamps; false when it is missing or expired. */
  async function touch(tx: Tx, cartId: string, create?: NewCart): Promise<boolean> {
    const at = stamps();
    if (create) {
      // An expired row with this id is taken over as a new, empty cart.
      await tx.delete(carts).where(and(eq(carts.id, cartId), sql`${carts.expiresAt} <= ${at.updatedAt}`));
      await tx
        .insert(carts)
        .values({ ...create, id: cartId, ...at })
        .onConflictDoUpdate({ target: carts.id, set: at });
      return true;
    }
    const updated = await tx
      .update(carts)
      .set(at)
      .where(and(eq(carts.id, cartId), gt(carts.expiresAt, at.updatedAt)))
      .returning({ id: carts.id });
    return updated.length > 0;
  }

  async function currentId(q: Db | Tx, customerId: string): Promise<string | undefined> {
    const [row] = await q
      .select({ id: carts.id })
      .from(carts)
      .where(and(eq(carts.customerId, customerId), gt(carts.expiresAt, now().toISOString())))
      .orderBy(desc(carts.updatedAt), desc(carts.id))
      .limit(1);
    return row?.id;
  }

  /** The id of the cart a change applies to, created or refreshed; null when it is missing. */
  async function resolve(tx: Tx, target: CartTarget): Promise<string | null> {
    if ('customerId' in target) {
      // One customer's first adds run one at a time, so that they create one cart, not several.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`orders.cart-owner:${target.customerId}`}))`);
      const current = await currentId(tx, target.customerId);
      await touch(tx, current ?? target.create.id, current ? undefined : target.create);
      return current ?? target.create.id;
    }
    return (await touch(tx, target.cartId, target.create)) ? target.cartId : null;
  }

  const result = async (tx: Tx, cartId: string): Promise<CartChange> => {
    const [cart] = await load(tx, [cartId]);
    return cart ? { ok: true, cart } : { ok: false, error: 'CART_NOT_FOUND' };
  };

  return {
    findByIds: (ids) => load(db, ids),

    async currentOfCustomer(customerId) {
      const id = await currentId(db, customerId);
      return id ? (await load(db, [id]))[0] : undefined;
    },

    addLine: (target, line, limit) =>
      db
        .transaction(async (tx): Promise<CartChange> => {
          const cartId = await resolve(tx, target);
          if (!cartId) return { ok: false, error: 'CART_NOT_FOUND' };
          const nextLineNo = sql`(select coalesce(max(${cartLines.lineNo}), 0) + 1 from ${cartLines} where ${cartLines.cartId} = ${cartId})`;
          const added = await tx
            .insert(cartLines)
            .values({ ...line, cartId, lineNo: nextLineNo })
            .onConflictDoUpdate({
              target: [cartLines.cartId, cartLines.variantId],
              set: { quantity: sql`${cartLines.quantity} + excluded.quantity` },
              // The limit is checked by the statement that adds: concurrent adds cannot overshoot it.
              setWhere: limit === null ? undefined : sql`${cartLines.quantity} + excluded.quantity <= ${limit}`,
            })
            .returning({ quantity: cartLines.quantity });
          if (!added.length || (limit !== null && added[0]!.quantity > limit)) {
            const [held] = await tx
              .select({ quantity: cartLines.quantity })
              .from(cartLines)
              .where(and(eq(cartLines.cartId, cartId), eq(cartLines.variantId, line.variantId)));
            // A new line over the limit was inserted by this statement: it holds nothing yet.
            throw new Rollback({ ok: false, error: 'LIMIT_EXCEEDED', quantity: added.length ? 0 : (held?.quantity ?? 0) });
          }
          return result(tx, cartId);
        })
        .catch(rolledBack),

    setLineQuantity: (cartId, lineId, quantity, limit) =>
      db.transaction(async (tx): Promise<CartChange> => {
        if (!(await touch(tx, cartId))) return { ok: false, error: 'CART_NOT_FOUND' };
        const where = and(eq(cartLines.cartId, cartId), eq(cartLines.id, lineId));
        const [current] = await tx.select({ quantity: cartLines.quantity }).from(cartLines).where(where).for('update');
        if (!current) return { ok: false, error: 'LINE_NOT_FOUND' };
        if (limit !== null && quantity > limit) return { ok: false, error: 'LIMIT_EXCEEDED', quantity: current.quantity };
        if (quantity === 0) await tx.delete(cartLines).where(where);
        else await tx.update(cartLines).set({ quantity }).where(where);
        return result(tx, cartId);
      }),

    merge: (sourceId, target, caps) =>
      db.transaction(async (tx): Promise<CartChange> => {
        const [source] = await tx
          .select({ id: carts.id })
          .from(carts)
          .where(and(eq(carts.id, sourceId), gt(carts.expiresAt, now().toISOString())))
          .for('update');
        if (!source) return { ok: false, error: 'CART_NOT_FOUND' };
        const targetId = (await resolve(tx, target))!;
        const incoming = await tx.select().from(cartLines).where(eq(cartLines.cartId, sourceId)).orderBy(asc(cartLines.lineNo));
        const existing = await tx.select().from(cartLines).where(eq(cartLines.cartId, targetId)).for('update');
        // Deleting the source first frees its line ids, which moved lines keep.
        await tx.delete(carts).where(eq(carts.id, sourceId));
        let lineNo = Math.max(0, ...existing.map((l) => l.lineNo));
        for (const line of incoming) {
          const have = existing.find((l) => l.variantId === line.variantId);
          const quantity = mergedQuantity(have?.quantity ?? 0, line.quantity, caps[line.variantId] ?? null);
          if (have) await tx.update(cartLines).set({ quantity }).where(eq(cartLines.id, have.id));
          else if (quantity > 0) await tx.insert(cartLines).values({ ...line, cartId: targetId, lineNo: ++lineNo, quantity });
        }
        return result(tx, targetId);
      }),

    async delete(cartId) {
      await db.delete(carts).where(eq(carts.id, cartId));
    },

    save: (cart, lines) =>
      db.transaction(async (tx) => {
        const row = { ...cart, expiresAt: expiryOf(now(), options.ttlSeconds) };
        const { id, ...rest } = row;
        await tx.insert(carts).values(row).onConflictDoUpdate({ target: carts.id, set: rest });
        await tx.delete(cartLines).where(eq(cartLines.cartId, id));
        if (lines.length) await tx.insert(cartLines).values(lines.map((line: CartLineRecord) => ({ ...line, cartId: id })));
      }),
  };
}

/** Aborts a transaction (a new line over its limit must not stay) while still answering with an outcome. */
class Rollback extends Error {
  constructor(readonly outcome: CartChange) {
    super('rollback');
  }
}

function rolledBack(error: unknown): CartChange {
  if (error instanceof Rollback) return error.outcome;
  throw error;
}

/** Expired carts are invisible to reads already; this removes their rows (at start and then hourly). */
export async function deleteExpiredCarts(db: Db, now = new Date()): Promise<number> {
  const deleted = await db
    .delete(carts)
    .where(sql`${carts.expiresAt} <= ${now.toISOString()}`)
    .returning({ id: carts.id });
  return deleted.length;
}
