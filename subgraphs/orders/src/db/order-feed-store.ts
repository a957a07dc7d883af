import type { Database } from '@shop/stores';
import { sql } from 'drizzle-orm';
import { parseFeedCursor, type FeedCursor } from '../domain/feed-cursor';
import type { OrderStatusChangeRow } from './order-store';
import { toIso } from './rows';
import { orderStatusHistory as h, type OrdersSchema } from './schema';

/** A status change with its place in the all-orders feed. */
export type FeedRow = OrderStatusChangeRow & { cursor: FeedCursor };

/** The all-orders feed over order_status_history, ordered by (tx_id, seq). */
export interface OrderFeedStore {
  /** Changes after `after`, oldest first, at most `limit`, only below the horizon (see below). */
  after(after: FeedCursor, limit: number): Promise<FeedRow[]>;
  /** The newest position below the horizon: where a feed that starts "now" begins. */
  head(): Promise<FeedCursor>;
}

/**
 * Rows of transactions older than the oldest one still running. Every transaction below it has
 * committed or rolled back, so no row can appear there later: a reader never skips a change
 * committed out of order, and a rolled-back transaction (whose seq values are simply missing)
 * holds nothing up. A transaction still running holds the horizon (and so the feed) only until it ends.
 */
const belowHorizon = sql`${h.txId} < pg_snapshot_xmin(pg_current_snapshot())`;

const cursorOf = (row: { txId: string; seq: number }): FeedCursor => ({ txId: row.txId, seq: Number(row.seq) });

export function createOrderFeedStore(db: Database<OrdersSchema>): OrderFeedStore {
  return {
    async after(after, limit) {
      const rows = await db
        .select()
        .from(h)
        .where(sql`(${h.txId}, ${h.seq}) > (${after.txId}::xid8, ${after.seq}::bigint) and ${belowHorizon}`)
        .orderBy(h.txId, h.seq)
        .limit(limit);
      return rows.map((row) => ({ ...row, at: toIso(row.at), cursor: cursorOf(row) }));
    },
    async head() {
      const [row] = await db
        .select({ txId: h.txId, seq: h.seq })
        .from(h)
        .where(belowHorizon)
        .orderBy(sql`${h.txId} desc, ${h.seq} desc`)
        .limit(1);
      return row ? cursorOf(row) : parseFeedCursor('0:0');
    },
  };
}
