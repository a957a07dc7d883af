import type { DomainEvent } from '@shop/stores';
import type { DocumentDatabase, DocumentScope } from './document-collection';
import { COLLECTIONS, toOutboxDocuments, type OutboxDocument } from './documents';

/** How long a writer without transactions holds back its events before the relay may take them. */
export const WRITER_HOLD_MS = 60_000;

/**
 * Makes a change and records its events so that both happen or neither does.
 *
 * With transactions (the embedded store, MongoDB replica sets) both go in one transaction. A
 * standalone MongoDB has none, so the events are written first, held back from the relay, then the
 * change is made and the hold released; a failed change withdraws its events. Only a crash between
 * the two writes can still publish events of a change that never happened, after the hold expires.
 */
export async function writeWithEvents<R>(db: DocumentDatabase, events: readonly DomainEvent[], change: (scope: DocumentScope) => Promise<R>): Promise<R> {
  const outbox = (scope: DocumentScope) => scope.collection<OutboxDocument>(COLLECTIONS.outbox);
  if (db.supportsTransactions) {
    return db.transaction(async (scope) => {
      const result = await change(scope);
      await outbox(scope).insertMany(toOutboxDocuments(events));
      return result;
    });
  }
  if (!events.length) return change(db);
  const token = `writer:${events[0]!.id}`;
  const ids = events.map((e) => e.id);
  await outbox(db).insertMany(toOutboxDocuments(events, { token, until: new Date(Date.now() + WRITER_HOLD_MS).toISOString() }));
  let result: R;
  try {
    result = await change(db);
  } catch (error) {
    await outbox(db).deleteMany({ _id: { $in: ids }, claimToken: token });
    throw error;
  }
  await outbox(db).updateMany({ _id: { $in: ids }, claimToken: token }, { $set: { claimToken: null, claimedUntil: null } });
  return result;
}

/** The relay's side of the outbox. */
export interface OutboxStore {
  /** Takes up to `limit` unpublished events, oldest first, for `leaseMs`; returns them. */
  claim(token: string, limit: number, leaseMs: number): Promise<DomainEvent[]>;
  /** Marks what `token` claimed as published. */
  markPublished(token: string): Promise<void>;
  unpublishedCount(): Promise<number>;
}

export function createOutboxStore(db: DocumentDatabase): OutboxStore {
  const outbox = db.collection<OutboxDocument>(COLLECTIONS.outbox);
  const free = (now: string) => ({ publishedAt: null, $or: [{ claimedUntil: null }, { claimedUntil: { $lt: now } }] });
  return {
    async claim(token, limit, leaseMs) {
      const now = new Date().toISOString();
      const candidates = await outbox.find(free(now), { sort: { seq: 1 }, limit });
      if (!candidates.length) return [];
      // Several relays may race for the same events: the conditional update decides who wins.
      const until = new Date(Date.now() + leaseMs).toISOString();
      await outbox.updateMany({ _id: { $in: candidates.map((c) => c._id) }, ...free(now) }, { $set: { claimToken: token, claimedUntil: until } });
      const claimed = await outbox.find({ claimToken: token, publishedAt: null }, { sort: { seq: 1 } });
      return claimed.map((d) => ({ id: d.eventId, type: d.type, version: d.version, occurredAt: d.occurredAt, payload: d.payload }));
    },
    async markPublished(token) {
      await outbox.updateMany({ claimToken: token, publishedAt: null }, { $set: { publishedAt: new Date().toISOString(), claimedUntil: null } });
    },
    unpublishedCount: () => outbox.count({ publishedAt: null }),
  };
}
