import { rmSync } from 'node:fs';
import { openPostgres, resultRows } from '@shop/stores';
import { migrationsUpTo, postgresTargets, REOPEN_SKIP, reopenSkip } from '@shop/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../src/app';
import { schema } from '../src/db/schema';

for (const target of postgresTargets()) {
  const skip = reopenSkip(target);
  describe.skipIf(skip)(`payments migrations on existing data — ${target.name}${skip === REOPEN_SKIP ? ` — ${REOPEN_SKIP}` : ''}`, () => {
    // The migrations folder as it was before the saga: only 0000_init.
    const oldFolder = migrationsUpTo(migrationsFolder, ['0000_init']);
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
