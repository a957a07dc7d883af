import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openPostgres, resultRows } from '@shop/stores';
import { postgresTargets } from '@shop/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../src/app';
import { schema } from '../src/db/schema';

/** The migrations folder as it was before the saga: only 0000_init. */
function firstMigrationOnly(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'payments-migrations-'));
  mkdirSync(path.join(dir, 'meta'));
  cpSync(path.join(migrationsFolder, '0000_init.sql'), path.join(dir, '0000_init.sql'));
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  writeFileSync(path.join(dir, 'meta/_journal.json'), JSON.stringify({ ...journal, entries: journal.entries.filter((e) => e.tag === '0000_init') }));
  return dir;
}

/**
 * Needs a database that survives a reopen. Embedded PGlite would have to live on disk, and its
 * first on-disk start takes ~15 s here; every other suite already runs the same SQL on PGlite.
 */
const EMBEDDED_SKIP = 'skipped: a reopened PGlite needs an on-disk cluster (slow); the SQL is the same';

for (const target of postgresTargets()) {
  const skip = target.skip || (target.name.startsWith('pglite') ? EMBEDDED_SKIP : false);
  describe.skipIf(skip)(`payments migrations on existing data — ${target.name}${skip === EMBEDDED_SKIP ? ` — ${EMBEDDED_SKIP}` : ''}`, () => {
    const oldFolder = firstMigrationOnly();
    let url: string | undefined;
    let drop: () => Promise<void>;

    beforeAll(async () => {
      ({ url, drop } = await target.create());
    });
    afterAll(async () => {
      await drop?.();
      rmSync(oldFolder, { recursive: true, force: true });
    });

    it('backfills the captured amount and the refunds of payments stored before the saga', async () => {
      const open = (folder: string) => openPostgres({ url, schema, migrationsFolder: folder, pgSchema: 'payments' });
      const before = await open(oldFolder);
      await before.db
        .execute(sql`insert into payments.payments (id, order_id, customer_id, status, amount_minor, refunded_minor, currency_code, card_brand, card_last4)
        values ('p_cap', 'o1', 'u1', 'CAPTURED', 1000, 0, 'USD', 'VISA', '4242'),
               ('p_ref', 'o2', 'u1', 'REFUNDED', 2000, 2000, 'USD', 'VISA', '4242'),
               ('p_void', 'o3', 'u1', 'VOIDED', 3000, 0, 'USD', 'VISA', '4242')`);
      await before.close();

      const after = await open(migrationsFolder);
      const rows = resultRows<{ id: string; captured_minor: number; origin: string }>(
        await after.db.execute(sql`select id, captured_minor, origin from payments.payments order by id`),
      );
      expect(rows).toEqual([
        { id: 'p_cap', captured_minor: 1000, origin: 'HISTORY' },
        { id: 'p_ref', captured_minor: 2000, origin: 'HISTORY' },
        { id: 'p_void', captured_minor: 0, origin: 'HISTORY' },
      ]);
      const refunds = resultRows(await after.db.execute(sql`select payment_id, amount_minor, status from payments.refunds`));
      expect(refunds).toEqual([{ payment_id: 'p_ref', amount_minor: 2000, status: 'SUCCEEDED' }]);
      await after.close();
    });
  });
}
