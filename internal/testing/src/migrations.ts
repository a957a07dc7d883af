import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PostgresTarget } from './postgres';

/**
 * A copy of a drizzle migrations folder holding only the given migrations (by journal tag): the
 * schema as an older release left it, to store data in before migrating it to the current one.
 * The caller removes the folder.
 */
export function migrationsUpTo(migrationsFolder: string, tags: readonly string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'migrations-'));
  mkdirSync(path.join(dir, 'meta'));
  for (const tag of tags) cpSync(path.join(migrationsFolder, `${tag}.sql`), path.join(dir, `${tag}.sql`));
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  writeFileSync(path.join(dir, 'meta/_journal.json'), JSON.stringify({ ...journal, entries: journal.entries.filter((e) => tags.includes(e.tag)) }));
  return dir;
}

/**
 * Migration tests need a database that survives a reopen. Embedded PGlite would have to live on
 * disk, and its first on-disk start takes ~15 s here; every other suite runs the same SQL on PGlite.
 */
export const REOPEN_SKIP = 'skipped: a reopened PGlite needs an on-disk cluster (slow); the SQL is the same';

/** Why a migration test skips this target (its own reason, or the embedded one), or false. */
export const reopenSkip = (target: PostgresTarget): string | false => target.skip || (target.name.startsWith('pglite') ? REOPEN_SKIP : false);
