import { openPostgres, type PostgresStore } from '@shop/stores';
import { postgresTargets } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../src/app';
import { schema, type UsersSchema } from '../src/db/schema';
import { createUserStore, type UserStore } from '../src/db/user-store';

/** The UserStore contract: every implementation must pass it. */
for (const target of postgresTargets()) {
  describe.skipIf(target.skip)(`UserStore contract — ${target.name}`, () => {
    let pg: PostgresStore<UsersSchema>;
    let store: UserStore;
    let drop: () => Promise<void>;

    beforeAll(async () => {
      const database = await target.create();
      drop = database.drop;
      pg = await openPostgres({ url: database.url, schema, migrationsFolder, pgSchema: 'users' });
      store = createUserStore(pg.db);
    });
    afterAll(async () => {
      await pg?.close();
      await drop?.();
    });

    const user = (id: string, email: string) => ({
      id,
      email,
      name: `Name ${id}`,
      role: 'CUSTOMER' as const,
      passwordHash: 'x',
      createdAt: '2026-01-01T00:00:00.000Z',
    });

    it('applies the migrations to an empty database and starts empty', async () => {
      expect(await store.count()).toBe(0);
    });

    it('creates users with addresses and finds them in one query per batch', async () => {
      expect(
        await store.create(
          user('u1', 'a@example.com'),
          [{ id: 'a1', userId: 'u1', line1: '1 Main St', city: 'Austin', postalCode: '78701', country: 'US', isDefault: true }],
          [],
        ),
      ).toBe(true);
      expect(await store.create(user('u2', 'b@example.com'), [], [])).toBe(true);
      pg.resetQueryCount();
      const found = await store.findByIds(['u2', 'u1', 'missing']);
      expect(pg.queryCount()).toBe(1);
      expect(found.map((u) => u.id).sort()).toEqual(['u1', 'u2']);
      expect((await store.addressesOf(['u1', 'u2'])).map((a) => a.city)).toEqual(['Austin']);
      expect((await store.findByEmail('a@example.com'))?.id).toBe('u1');
      expect(await store.findByEmail('nobody@example.com')).toBeUndefined();
    });

    it('refuses a second account with the same email and keeps the first intact', async () => {
      expect(await store.create(user('u3', 'a@example.com'), [], [])).toBe(false);
      expect((await store.findByEmail('a@example.com'))?.id).toBe('u1');
      expect(await store.findByIds(['u3'])).toEqual([]);
    });

    it('creates concurrent registrations of one email exactly once', async () => {
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => store.create(user(`race${i}`, 'race@example.com'), [], [])));
      expect(results.filter(Boolean)).toHaveLength(1);
    });
  });
}
