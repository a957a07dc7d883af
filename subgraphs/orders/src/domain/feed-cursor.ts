import { badInput } from '@shop/kit';

/** A place in the all-orders feed: the writing transaction's id, then the row's sequence number. */
export interface FeedCursor {
  /** xid8 as decimal text (64 bits: more than a JS number holds exactly). */
  txId: string;
  seq: number;
}

const FORMAT = /^(\d{1,20}):(\d{1,18})$/;

/** The opaque string clients hold: `<txId>:<seq>`. */
export const formatFeedCursor = (cursor: FeedCursor): string => `${cursor.txId}:${cursor.seq}`;

/** A cursor from a client; a malformed one is BAD_USER_INPUT on `after`. */
export function parseFeedCursor(text: string): FeedCursor {
  const match = FORMAT.exec(text);
  const seq = match ? Number(match[2]) : NaN;
  if (!match || !Number.isSafeInteger(seq)) throw badInput('after must be a cursor from an earlier ordersUpdated event.', 'after');
  return { txId: BigInt(match[1]!).toString(), seq };
}

/** Orders two cursors as the feed does: by transaction, then by row. */
export function compareFeedCursors(a: FeedCursor, b: FeedCursor): number {
  const tx = BigInt(a.txId) - BigInt(b.txId);
  if (tx !== 0n) return tx < 0n ? -1 : 1;
  return a.seq - b.seq;
}
