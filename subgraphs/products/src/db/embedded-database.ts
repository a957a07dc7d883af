import { Query, update as applyUpdate } from 'mingo';
import type { AnyObject } from 'mingo/types';
import type { BaseDocument, DocumentCollection, DocumentDatabase, DocumentScope, Filter, FindOptions, Update } from './document-collection';
import { readCollections, writeCollections } from './json-files';
import { assertUnique, type UniqueIndex } from './unique-index';

export interface EmbeddedDatabaseOptions {
  /** Folder holding one JSON file per collection; everything stays in memory when absent. */
  dataDir?: string;
  /**
   * Pretend transactions are unavailable, like a standalone MongoDB server, so the write path
   * that copes without them runs in tests.
   */
  withoutTransactions?: boolean;
}

/** Stored documents are plain JSON objects, as mingo expects them. */
type StoredDocument = BaseDocument & AnyObject;

interface CollectionState {
  /** The committed documents. Never changed in place: a commit swaps in a new array. */
  docs: StoredDocument[];
  unique: UniqueIndex[];
}

/** One write or transaction: its private copies of the collections it changed, until commit. */
class WriteSession {
  readonly working = new Map<string, StoredDocument[]>();
}

const CLOSED = 'The embedded database is closed.';
const ID_INDEX: UniqueIndex = { paths: ['_id'], keyPattern: { _id: 1 } };
const clone = <T>(doc: T): T => structuredClone(doc);

/**
 * An in-process document store that evaluates MongoDB filter, sort and update documents with
 * mingo. Writes run one at a time (a single-writer lock) on private copies of the collections they
 * touch; a commit writes the changed collections to disk, then swaps them in. So readers only see
 * committed data, and a failed write or transaction leaves nothing behind, in memory or on disk.
 */
export async function openEmbeddedDatabase(options: EmbeddedDatabaseOptions = {}): Promise<DocumentDatabase> {
  const { dataDir } = options;
  const states = new Map<string, CollectionState>();
  for (const [name, docs] of dataDir ? await readCollections(dataDir) : []) states.set(name, { docs: docs as StoredDocument[], unique: [ID_INDEX] });
  const stateOf = (name: string) => {
    let state = states.get(name);
    if (!state) states.set(name, (state = { docs: [], unique: [ID_INDEX] }));
    return state;
  };

  let closed = false;
  let tail: Promise<unknown> = Promise.resolve();
  const exclusive = <R>(fn: () => Promise<R>): Promise<R> => {
    const run = tail.then(fn);
    tail = run.catch(() => undefined);
    return run;
  };

  const runWrite = <R>(work: (session: WriteSession) => Promise<R>): Promise<R> =>
    exclusive(async () => {
      if (closed) throw new Error(CLOSED);
      const session = new WriteSession();
      const result = await work(session);
      if (dataDir && session.working.size) await writeCollections(dataDir, session.working);
      for (const [name, docs] of session.working) stateOf(name).docs = docs;
      return result;
    });

  /** A collection as seen outside any transaction (`tx` null) or from inside one. */
  function collection<T extends BaseDocument>(name: string, tx: WriteSession | null): DocumentCollection<T> {
    const state = stateOf(name);
    const docsIn = (session: WriteSession | null) => session?.working.get(name) ?? state.docs;
    const read = <R>(fn: (docs: StoredDocument[]) => R): Promise<R> => (closed ? Promise.reject(new Error(CLOSED)) : Promise.resolve(fn(docsIn(tx))));
    const write = <R>(change: (docs: StoredDocument[]) => { docs?: StoredDocument[]; result: R }): Promise<R> => {
      const apply = (session: WriteSession) => {
        const { docs, result } = change(docsIn(session));
        if (docs) session.working.set(name, docs);
        return result;
      };
      return tx ? (closed ? Promise.reject(new Error(CLOSED)) : Promise.resolve(apply(tx))) : runWrite(async (session) => apply(session));
    };

    /** Copy-on-write update of at most `limit` matches; returns the new documents. */
    const updateMatches = (filter: Filter, update: Update, limit: number) => (docs: StoredDocument[]) => {
      const query = new Query(filter);
      const changed = new Map<number, StoredDocument>();
      for (let i = 0; i < docs.length && changed.size < limit; i++) {
        const current = docs[i]!;
        if (!query.test(current)) continue;
        const next = clone(current);
        applyUpdate(next, update as Parameters<typeof applyUpdate>[1]);
        if (next._id !== current._id) throw new Error('_id is immutable.');
        changed.set(i, next);
      }
      if (!changed.size) return { result: [] };
      assertUnique(
        state.unique,
        docs.filter((_, i) => !changed.has(i)),
        [...changed.values()],
      );
      return { docs: docs.map((d, i) => changed.get(i) ?? d), result: [...changed.values()] };
    };

    return {
      find: (filter, { sort, limit }: FindOptions = {}) =>
        read((docs) => {
          let cursor = new Query(filter).find<StoredDocument>(docs);
          if (sort && Object.keys(sort).length) cursor = cursor.sort(sort);
          if (limit !== undefined && limit > 0) cursor = cursor.limit(limit);
          return cursor.all().map((d) => clone(d) as unknown as T);
        }),
      count: (filter) => read((docs) => new Query(filter).find(docs).all().length),
      insertMany: (documents) =>
        write((docs) => {
          if (!documents.length) return { result: undefined };
          const added = documents.map((d) => clone(d) as unknown as StoredDocument);
          assertUnique(state.unique, docs, added);
          return { docs: [...docs, ...added], result: undefined };
        }),
      updateOne: (filter, update) => write(updateMatches(filter, update, 1)).then((changed) => changed.length),
      updateMany: (filter, update) => write(updateMatches(filter, update, Infinity)).then((changed) => changed.length),
      findOneAndUpdate: (filter, update) => write(updateMatches(filter, update, 1)).then(([doc]) => (doc ? (clone(doc) as unknown as T) : null)),
      deleteMany: (filter) =>
        write((docs) => {
          const query = new Query(filter);
          const kept = docs.filter((d) => !query.test(d));
          return kept.length === docs.length ? { result: 0 } : { docs: kept, result: docs.length - kept.length };
        }),
      async createIndex(keys, { unique } = {}) {
        const paths = Object.keys(keys);
        if (!unique || state.unique.some((u) => u.paths.join() === paths.join())) return;
        assertUnique([{ paths, keyPattern: keys }], [], state.docs);
        state.unique.push({ paths, keyPattern: keys });
      },
    };
  }

  return {
    kind: 'embedded',
    supportsTransactions: !options.withoutTransactions,
    collection: <T extends BaseDocument>(name: string) => collection<T>(name, null),
    transaction<R>(work: (scope: DocumentScope) => Promise<R>): Promise<R> {
      if (options.withoutTransactions) return work({ collection: (name) => collection(name, null) });
      // Inside `work`, only `scope` may be used: a write through the database itself would wait for this one.
      return runWrite((session) => work({ collection: (name) => collection(name, session) }));
    },
    async ping() {
      if (closed) throw new Error(CLOSED);
    },
    async close() {
      await exclusive(async () => {
        closed = true;
      });
    },
  };
}
