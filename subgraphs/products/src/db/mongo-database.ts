import { MongoClient, type ClientSession, type Collection, type Document } from 'mongodb';
import type { BaseDocument, DocumentCollection, DocumentDatabase, DocumentScope } from './document-collection';

export interface MongoDatabaseOptions {
  url: string;
  /** Defaults to the database named in the URL, or `products`. */
  dbName?: string;
}

/** The database a MongoDB connection string names, if any. */
export function databaseNameOf(url: string): string | undefined {
  const name = /^mongodb(?:\+srv)?:\/\/[^/]+\/([^?]+)/.exec(url)?.[1];
  return name ? decodeURIComponent(name) : undefined;
}

/**
 * DocumentDatabase over a real MongoDB server with the official driver. Filters, sorts and updates
 * pass through unchanged: they are MongoDB documents already.
 */
export async function openMongoDatabase(options: MongoDatabaseOptions): Promise<DocumentDatabase> {
  const client = new MongoClient(options.url, { serverSelectionTimeoutMS: 10_000 });
  await client.connect();
  try {
    const db = client.db(options.dbName ?? databaseNameOf(options.url) ?? 'products');
    // Transactions need a replica set (hello.setName) or a sharded cluster (a mongos says isdbgrid).
    const hello = await db.admin().command({ hello: 1 });
    const supportsTransactions = Boolean(hello.setName) || hello.msg === 'isdbgrid';

    const scope = (session?: ClientSession): DocumentScope => ({
      collection: <T extends BaseDocument>(name: string) => adaptCollection<T>(db.collection(name), session),
    });

    return {
      kind: 'mongodb',
      supportsTransactions,
      ...scope(),
      async transaction<R>(work: (scope: DocumentScope) => Promise<R>): Promise<R> {
        if (!supportsTransactions) return work(scope());
        const session = client.startSession();
        try {
          // withTransaction retries `work` on transient errors, so `work` only issues store calls.
          return await session.withTransaction(() => work(scope(session)), { readConcern: { level: 'snapshot' }, writeConcern: { w: 'majority' } });
        } finally {
          await session.endSession();
        }
      },
      async ping() {
        await db.command({ ping: 1 });
      },
      close: () => client.close(),
    };
  } catch (error) {
    await client.close();
    throw error;
  }
}

function adaptCollection<T extends BaseDocument>(collection: Collection<Document>, session: ClientSession | undefined): DocumentCollection<T> {
  return {
    async find(filter, { sort, limit } = {}) {
      return (await collection.find(filter, { session, sort, limit }).toArray()) as unknown as T[];
    },
    async count(filter) {
      return collection.countDocuments(filter, { session });
    },
    async insertMany(documents) {
      if (!documents.length) return;
      // The driver adds _id to the objects it is given; insert copies so callers keep theirs.
      await collection.insertMany(
        documents.map((d) => ({ ...d }) as Document),
        { session, ordered: true },
      );
    },
    async updateOne(filter, update) {
      return (await collection.updateOne(filter, update, { session })).matchedCount;
    },
    async updateMany(filter, update) {
      return (await collection.updateMany(filter, update, { session })).matchedCount;
    },
    async findOneAndUpdate(filter, update) {
      return (await collection.findOneAndUpdate(filter, update, { session, returnDocument: 'after' })) as T | null;
    },
    async deleteMany(filter) {
      return (await collection.deleteMany(filter, { session })).deletedCount;
    },
    async createIndex(keys, { unique, name } = {}) {
      await collection.createIndex(keys, { unique, name });
    },
  };
}
