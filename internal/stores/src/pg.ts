import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Logger as DrizzleLogger } from 'drizzle-orm/logger';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';

/** The drizzle database both Postgres flavours give us; repositories are written against it. */
export type Database<TSchema extends Record<string, unknown> = Record<string, never>> = PgDatabase<PgQueryResultHKT, TSchema>;

export interface PostgresStore<TSchema extends Record<string, unknown>> {
  db: Database<TSchema>;
  /** The same connection, not counted by queryCount: for relays and consumers in the background. */
  backgroundDb: Database<TSchema>;
  kind: 'postgres' | 'pglite';
  /** Number of statements sent since start (or the last reset); used to prove batching. */
  queryCount(): number;
  resetQueryCount(): void;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenPostgresOptions<TSchema extends Record<string, unknown>> {
  /** A postgres:// URL; when absent an embedded PGlite database is used. */
  url?: string;
  /** PGlite data folder; in memory when absent. */
  dataDir?: string;
  /** drizzle schema object (tables and relations) for typed queries. */
  schema: TSchema;
  /** Folder of drizzle-kit generated SQL migrations, applied on open. */
  migrationsFolder: string;
  /** Postgres schema that holds the subgraph's tables; names its migrations journal too. */
  pgSchema: string;
  poolSize?: number;
}

/**
 * Opens the subgraph's Postgres store, real or embedded, and brings it to the latest migration.
 * Both flavours run the same committed SQL files.
 */
export async function openPostgres<TSchema extends Record<string, unknown>>(options: OpenPostgresOptions<TSchema>): Promise<PostgresStore<TSchema>> {
  let count = 0;
  const logger: DrizzleLogger = { logQuery: () => void count++ };
  const migrationConfig = {
    migrationsFolder: options.migrationsFolder,
    // The journal sits outside the subgraph's schema because the first migration creates that schema.
    migrationsSchema: 'drizzle',
    migrationsTable: `${options.pgSchema}_migrations`,
  };

  if (options.url) {
    const client = postgres(options.url, { max: options.poolSize ?? 10, onnotice: () => {} });
    const db = drizzlePostgres(client, { schema: options.schema, logger });
    await migrateExclusively(options.url, migrationConfig);
    const background = drizzlePostgres(client, { schema: options.schema });
    return wrap(db as unknown as Database<TSchema>, background as unknown as Database<TSchema>, 'postgres', () => client.end({ timeout: 5 }));
  }

  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = new PGlite(options.dataDir);
  await client.waitReady;
  const db = drizzlePglite(client, { schema: options.schema, logger });
  await migratePglite(db, migrationConfig);
  const background = drizzlePglite(client, { schema: options.schema });
  return wrap(db as unknown as Database<TSchema>, background as unknown as Database<TSchema>, 'pglite', () => client.close());

  function wrap(db: Database<TSchema>, backgroundDb: Database<TSchema>, kind: 'postgres' | 'pglite', close: () => Promise<void>): PostgresStore<TSchema> {
    count = 0;
    return {
      db,
      backgroundDb,
      kind,
      queryCount: () => count,
      resetQueryCount: () => void (count = 0),
      ping: async () => void (await db.execute(sql`select 1`)),
      close,
    };
  }
}

/** Any constant works; it only has to be the same in every process that migrates. */
const MIGRATION_LOCK = 7_310_200_001;

/**
 * Subgraphs (and replicas of one subgraph) may start side by side on one database; a session
 * advisory lock makes their migrations run one at a time instead of racing on CREATE SCHEMA.
 */
async function migrateExclusively(url: string, config: Parameters<typeof migratePostgres>[1]) {
  // One connection, so that the lock and the migration share a session.
  const session = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await session`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migratePostgres(drizzlePostgres(session), config);
  } finally {
    // Ending the session releases the lock, also when the migration failed.
    await session.end({ timeout: 5 });
  }
}

/** Rows of a raw `db.execute` result, whichever driver produced it. */
export function resultRows<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
