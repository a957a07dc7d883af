import type { BaseDocument, DocumentCollection, DocumentDatabase, DocumentScope } from './document-collection';

export interface CountedDatabase extends DocumentDatabase {
  /** Operations (round trips) sent to the store through this view since the last reset. */
  queryCount(): number;
  resetQueryCount(): void;
}

const OPERATIONS = ['find', 'count', 'insertMany', 'updateOne', 'updateMany', 'findOneAndUpdate', 'deleteMany'] as const;

/**
 * A view of `db` that counts the operations sent through it: request handling goes through the
 * view, background work (the outbox relay) through `db` itself, so the batching proofs count only
 * what a request caused.
 */
export function withQueryCounter(db: DocumentDatabase): CountedDatabase {
  let queries = 0;
  const countCalls = <T extends BaseDocument>(collection: DocumentCollection<T>): DocumentCollection<T> => {
    const counted = { ...collection };
    for (const op of OPERATIONS) {
      const original = collection[op] as (...args: unknown[]) => Promise<unknown>;
      (counted as Record<string, unknown>)[op] = (...args: unknown[]) => {
        queries++;
        return original(...args);
      };
    }
    return counted;
  };
  const scope = (inner: DocumentScope): DocumentScope => ({ collection: (name) => countCalls(inner.collection(name)) });
  return {
    kind: db.kind,
    supportsTransactions: db.supportsTransactions,
    collection: (name) => countCalls(db.collection(name)),
    transaction: (work) => db.transaction((inner) => work(scope(inner))),
    queryCount: () => queries,
    resetQueryCount: () => {
      queries = 0;
    },
    ping: () => db.ping(),
    close: () => db.close(),
  };
}
