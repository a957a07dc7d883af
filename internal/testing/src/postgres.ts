import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/**
 * Real servers for tests come from TEST_DATABASE_URL / TEST_REDIS_URL. Without them the suites
 * that need a server are skipped, and their names say why.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL || undefined;

export const SKIP_POSTGRES_REASON = 'skipped: TEST_DATABASE_URL is not set (real Postgres)';
export const SKIP_REDIS_REASON = 'skipped: TEST_REDIS_URL is not set (real Redis)';

/** A Postgres target for a contract suite: embedded always, the real server when configured. */
export interface PostgresTarget {
  name: string;
  /** Whether the suite must be skipped, and why. */
  skip: string | false;
  /** Returns a fresh, empty database (URL undefined means an in-memory PGlite) and its cleanup. */
  create(): Promise<{ url: string | undefined; drop(): Promise<void> }>;
}

export function postgresTargets(): PostgresTarget[] {
  return [
    { name: 'pglite (embedded)', skip: false, create: async () => ({ url: undefined, drop: async () => {} }) },
    {
      name: TEST_DATABASE_URL ? 'postgres (real server)' : `postgres (real server) — ${SKIP_POSTGRES_REASON}`,
      skip: TEST_DATABASE_URL ? false : SKIP_POSTGRES_REASON,
      create: () => createTestDatabase(TEST_DATABASE_URL!),
    },
  ];
}

/** Creates a throwaway database next to the one `baseUrl` names, and a function to drop it. */
export async function createTestDatabase(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const base = new URL(baseUrl);
  const name = `${base.pathname.slice(1) || 'shop'}_t${randomBytes(5).toString('hex')}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const sql = postgres(baseUrl, { max: 1, onnotice: () => {} });
      try {
        await sql.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await sql.end();
      }
    },
  };
}
