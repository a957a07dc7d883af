import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import type { DocumentDatabase } from '../../src/db/document-collection';
import { ensureIndexes } from '../../src/db/documents';
import { openEmbeddedDatabase } from '../../src/db/embedded-database';
import { openMongoDatabase } from '../../src/db/mongo-database';

/** A real MongoDB for the contract suites; mongod cannot run on the development machines. */
export const TEST_MONGODB_URL = process.env.TEST_MONGODB_URL || undefined;
export const SKIP_MONGODB_REASON = 'skipped: TEST_MONGODB_URL is not set (real MongoDB)';

/** A DocumentDatabase implementation a contract suite runs against. */
export interface DocumentTarget {
  name: string;
  /** Whether the suite must be skipped, and why. */
  skip: string | false;
  /** A fresh, empty database with the catalogue's indexes, and how to throw it away. */
  open(): Promise<{ db: DocumentDatabase; drop(): Promise<void> }>;
}

const indexed = async (db: DocumentDatabase, drop: () => Promise<void>) => {
  await ensureIndexes(db);
  return { db, drop };
};

export function documentTargets(): DocumentTarget[] {
  return [
    { name: 'embedded (in memory)', skip: false, open: async () => indexed(await openEmbeddedDatabase(), async () => {}) },
    {
      name: 'embedded (on disk)',
      skip: false,
      async open() {
        const dir = await mkdtemp(path.join(tmpdir(), 'products-contract-'));
        const db = await openEmbeddedDatabase({ dataDir: dir });
        return indexed(db, () => rm(dir, { recursive: true, force: true }));
      },
    },
    {
      // The write path a standalone MongoDB server takes: events first, held back, then the change.
      name: 'embedded without transactions',
      skip: false,
      open: async () => indexed(await openEmbeddedDatabase({ withoutTransactions: true }), async () => {}),
    },
    {
      name: TEST_MONGODB_URL ? 'mongodb (real server)' : `mongodb (real server) — ${SKIP_MONGODB_REASON}`,
      skip: TEST_MONGODB_URL ? false : SKIP_MONGODB_REASON,
      async open() {
        const dbName = `products_t${randomBytes(5).toString('hex')}`;
        const db = await openMongoDatabase({ url: TEST_MONGODB_URL!, dbName });
        return indexed(db, async () => {
          const client = await MongoClient.connect(TEST_MONGODB_URL!);
          try {
            await client.db(dbName).dropDatabase();
          } finally {
            await client.close();
          }
        });
      },
    },
  ];
}
