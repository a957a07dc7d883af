import { randomUUID } from 'node:crypto';
import { createLogger, DEMO_SECRETS } from '@shop/kit';
import { createTestDatabase, TEST_DATABASE_URL, TEST_REDIS_URL, waitFor } from '@shop/testing';
import { startStack, type Stack, type StackOptions } from '../scripts/stack';

export interface GatewayResult<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** Sends an operation to the gateway as a frontend would. */
export async function gql<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GatewayResult<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GatewayResult<T>, 'status'>;
  return { status: res.status, ...body };
}

export async function login(url: string, email: string, password: string): Promise<string> {
  const res = await gql(url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token userErrors { message } } }', {
    e: email,
    p: password,
  });
  const token = res.data?.login?.token;
  if (!token) throw new Error(`login failed: ${JSON.stringify(res)}`);
  return token;
}

const SEED_EVENTS = 520 + 520 + 4000;

export type StackTarget = { name: string; skip: string | false; real: boolean };

/** Embedded stores always; the machine's real Postgres and Redis when the test URLs are set. */
export const stackTargets: StackTarget[] = [
  { name: 'embedded stores', skip: false, real: false },
  {
    name:
      TEST_DATABASE_URL && TEST_REDIS_URL
        ? 'postgres + redis (real server)'
        : 'postgres + redis (real server) — skipped: TEST_DATABASE_URL and TEST_REDIS_URL are not both set',
    skip: TEST_DATABASE_URL && TEST_REDIS_URL ? false : 'needs TEST_DATABASE_URL and TEST_REDIS_URL',
    real: true,
  },
];

export const JWT = { secret: DEMO_SECRETS.JWT_SECRET, issuer: 'shop-users', audience: 'shop-api', ttlSeconds: 600 };

/** Boots all seven subgraphs and the gateway on free ports, seeded, and waits for the event-built state. */
export async function bootStack(target: StackTarget, extra: Partial<StackOptions> = {}): Promise<Stack & { dispose(): Promise<void> }> {
  const database = target.real ? await createTestDatabase(TEST_DATABASE_URL!) : undefined;
  const stream = `test:events:${randomUUID()}`;
  const cartKeyPrefix = `test:cart:${stream.slice(-12)}:`;
  const stack = await startStack({
    logger: createLogger('error'),
    ports: 'ephemeral',
    databaseUrl: database?.url,
    redisUrl: target.real ? TEST_REDIS_URL : undefined,
    eventStream: stream,
    cartKeyPrefix,
    throttleKeyPrefix: `test:throttle:${stream.slice(-12)}`,
    gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET,
    jwt: JWT,
    seed: true,
    // The same customers place bursts of checkouts and declined cards, which fraud scoring rightly
    // holds; these suites test the saga without review. test/fraud.int.test.ts turns it on.
    fraudReview: { waitMs: 0, hold: false },
    ...extra,
    // These suites drive one customer through hundreds of operations in seconds, far past a real
    // client's budget; the rate limits themselves are tested in gateway/test/rate-limit.test.ts.
    gateway: { rateLimit: { capacity: 1_000_000, restorePerSecond: 100_000 }, ...extra.gateway },
  });
  const url = stack.gateway.url;
  // Search and recommendations are built from events: wait until the seeding events (520
  // product.created, 520 inventory.stock_changed, 4,000 order.created) are all handled.
  await waitFor(
    async () => {
      const { published, pending } = await stack.bus.backlog();
      return published >= SEED_EVENTS && pending === 0;
    },
    { timeoutMs: 180_000, intervalMs: 100, message: 'the seeding events to be handled by every consumer' },
  );
  await waitFor(async () => (await gql(url, '{ search(query: "", first: 1) { totalCount } }')).data?.search?.totalCount === 520, {
    timeoutMs: 30_000,
    message: 'search index to hold 520 products',
  });
  return {
    ...stack,
    async dispose() {
      await stack.close();
      if (target.real) {
        const { openRedis } = await import('@shop/stores');
        const client = await openRedis(TEST_REDIS_URL!);
        await client.del(stream);
        for await (const keys of client.scanIterator({ MATCH: `${cartKeyPrefix}*`, COUNT: 500 })) if (keys.length) await client.del(keys);
        client.destroy();
      }
      await database?.drop();
    },
  };
}
