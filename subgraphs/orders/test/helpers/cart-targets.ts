import { randomUUID } from 'node:crypto';
import { openPostgres, openRedis } from '@shop/stores';
import { postgresTargets, SKIP_REDIS_REASON, TEST_REDIS_URL } from '@shop/testing';
import { migrationsFolder } from '../../src/app';
import type { CartStore, CartStoreOptions } from '../../src/db/cart-store';
import { createPgCartStore } from '../../src/db/pg-cart-store';
import { createRedisCartStore } from '../../src/db/redis-cart-store';
import { schema } from '../../src/db/schema';

/** An opened cart store backend: stores with any options over one database, and its cleanup. */
export interface CartBackend {
  store(options: CartStoreOptions): CartStore;
  /** Keys or rows this backend holds (Redis: keys under the test prefix), to prove cleanup. */
  close(): Promise<void>;
}

export interface CartStoreTarget {
  name: string;
  skip: string | false;
  open(): Promise<CartBackend>;
}

/** Every CartStore implementation: Postgres (embedded always, real server when set) and real Redis. */
export function cartStoreTargets(): CartStoreTarget[] {
  const postgres = postgresTargets().map((target): CartStoreTarget => ({
    name: target.name,
    skip: target.skip,
    async open() {
      const database = await target.create();
      const pg = await openPostgres({ url: database.url, schema, migrationsFolder, pgSchema: 'orders' });
      return {
        store: (options) => createPgCartStore(pg.db, options),
        async close() {
          await pg.close();
          await database.drop();
        },
      };
    },
  }));
  const redis: CartStoreTarget = {
    name: TEST_REDIS_URL ? 'redis (real server)' : `redis (real server) — ${SKIP_REDIS_REASON}`,
    skip: TEST_REDIS_URL ? false : SKIP_REDIS_REASON,
    async open() {
      const client = await openRedis(TEST_REDIS_URL!);
      const keyPrefix = `test:cart:${randomUUID()}:`;
      return {
        store: (options) => createRedisCartStore(client, { ...options, keyPrefix }),
        async close() {
          for await (const keys of client.scanIterator({ MATCH: `${keyPrefix}*`, COUNT: 500 })) if (keys.length) await client.del(keys);
          client.destroy();
        },
      };
    },
  };
  return [...postgres, redis];
}
