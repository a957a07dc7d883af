/**
 * The small slice of a MongoDB-style document store the products subgraph uses. Filters, sorts
 * and updates are plain MongoDB documents, so the same query builder output runs on the real
 * server (mongo-database.ts) and on the embedded engine (embedded-database.ts, evaluated by mingo).
 */

export type Filter = Record<string, unknown>;
export type SortSpec = Record<string, 1 | -1>;
/** Update operators both implementations support. */
export interface Update {
  $set?: Record<string, unknown>;
  $inc?: Record<string, number>;
  $unset?: Record<string, ''>;
}

export interface BaseDocument {
  _id: string;
}

export interface FindOptions {
  sort?: SortSpec;
  limit?: number;
}

export interface DocumentCollection<T extends BaseDocument> {
  find(filter: Filter, options?: FindOptions): Promise<T[]>;
  count(filter: Filter): Promise<number>;
  /** Fails with a DuplicateKeyError (and inserts nothing, in a transaction) on a unique-index clash. */
  insertMany(documents: T[]): Promise<void>;
  /** Updates the first match; returns how many matched (0 or 1). */
  updateOne(filter: Filter, update: Update): Promise<number>;
  updateMany(filter: Filter, update: Update): Promise<number>;
  /** Updates the first match and returns it as it is after the update, or null when none matched. */
  findOneAndUpdate(filter: Filter, update: Update): Promise<T | null>;
  deleteMany(filter: Filter): Promise<number>;
  /** A real index on MongoDB; the embedded engine scans, so it only remembers unique constraints. */
  createIndex(keys: SortSpec, options?: { unique?: boolean; name?: string }): Promise<void>;
}

/** The collections a transaction may touch. */
export interface DocumentScope {
  collection<T extends BaseDocument>(name: string): DocumentCollection<T>;
}

export interface DocumentDatabase extends DocumentScope {
  readonly kind: 'mongodb' | 'embedded';
  /**
   * Whether `transaction` is all-or-nothing. MongoDB only offers transactions on a replica set or
   * sharded cluster; on a standalone server `transaction` just runs `work` without one.
   */
  readonly supportsTransactions: boolean;
  transaction<R>(work: (scope: DocumentScope) => Promise<R>): Promise<R>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** A unique index refused a write. Mirrors the MongoDB server error (code 11000, keyPattern). */
export class DuplicateKeyError extends Error {
  readonly code = 11000;
  constructor(readonly keyPattern: Record<string, number>) {
    super(`E11000 duplicate key error: ${Object.keys(keyPattern).join(', ')}`);
    this.name = 'DuplicateKeyError';
  }
}

/** The first field of the unique index a write clashed with, for either implementation's error. */
export function duplicateKeyField(error: unknown): string | undefined {
  if (!error || typeof error !== 'object' || (error as { code?: unknown }).code !== 11000) return undefined;
  const pattern = (error as { keyPattern?: Record<string, unknown> }).keyPattern;
  return pattern ? Object.keys(pattern)[0] : 'unknown';
}
