import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SKIP_THROWAWAY_POSTGRES_REASON, startPostgres, type ThrowawayPostgres } from '@shop/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type PostgresStore } from '../src';

/**
 * After a Postgres restart every pooled connection comes back clean. postgres.js 3.4.9 kept the
 * error of a backend terminated mid-query (57P01) and replayed it onto the first query of the
 * connection that replaced it, seconds later (porsager/postgres#1223): a checkout burst after a
 * restart failed with INTERNAL_SERVER_ERROR. And a transaction whose connection closed sent its
 * rollback to no socket; after the reconnect that connection waited forever, and so did every
 * transaction given it. patches/postgres@3.4.9.patch fixes both.
 * Runs on a throwaway server of its own, which it restarts.
 */
/** A migrations folder with nothing in it: the test needs a pool, not tables. */
function noMigrations(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-restart-mig-'));
  mkdirSync(path.join(dir, 'meta'));
  writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify({ version: '7', dialect: 'postgresql', entries: [] }));
  return dir;
}

describe.skipIf(SKIP_THROWAWAY_POSTGRES_REASON)(`a Postgres restart under load — ${SKIP_THROWAWAY_POSTGRES_REASON ?? 'throwaway server'}`, () => {
  let server: ThrowawayPostgres;
  let store: PostgresStore<Record<string, never>>;

  beforeAll(async () => {
    server = await startPostgres();
    store = await openPostgres({ url: server.url, schema: {}, migrationsFolder: noMigrations(), pgSchema: 'restart_test', poolSize: 10 });
  }, 60_000);

  afterAll(async () => {
    await store?.close();
    await server?.stop();
  });

  it('leaves no hung transaction and no stale error on the connections that replace the terminated ones', async () => {
    const parallel = (n: number) => Promise.allSettled(Array.from({ length: n }, () => store.db.execute(sql`select pg_sleep(0.05)`)));
    expect((await parallel(10)).every((r) => r.status === 'fulfilled')).toBe(true);
    // Transactions in flight while the server restarts: their backends are terminated mid-query.
    let stop = false;
    const load = async () => {
      while (!stop) {
        await store.db
          .transaction(async (tx) => {
            await tx.execute(sql`select pg_sleep(0.01)`);
            await tx.execute(sql`select 1`);
          })
          .catch(() => new Promise((r) => setTimeout(r, 50)));
      }
    };
    const loops = [load(), load(), load()];
    await new Promise((r) => setTimeout(r, 300));
    await server.restart();
    await new Promise((r) => setTimeout(r, 1_500));
    stop = true;
    // Every transaction settles: none waits forever on a query sent to a closed connection.
    const joined = await Promise.race([Promise.all(loops).then(() => true), new Promise<false>((r) => setTimeout(r, 10_000, false))]);
    expect(joined, 'every transaction settled after the restart').toBe(true);
    // Every connection of the pool is used again, each for the first time since the restart.
    const after = await parallel(10);
    const failures = after.flatMap((r) => (r.status === 'rejected' ? [String((r.reason as Error).cause ?? r.reason)] : []));
    expect(failures).toEqual([]);
  }, 60_000);
});
