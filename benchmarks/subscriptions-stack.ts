import { randomUUID } from 'node:crypto';
import { createLogger, DEMO_SECRETS } from '@shop/kit';
import { waitFor } from '@shop/testing';
import { startStack, type StackOptions } from '../scripts/stack';
import { JWT } from '../test/support';

export interface StackMemory {
  rss: number;
  heapUsed: number;
}

/**
 * The child side of benchmarks/subscriptions.ts: the whole stack in this process (embedded stores,
 * or the REDIS_URL / DATABASE_URL given) on free loopback ports; reports `ready` with the gateway
 * URL, answers `memory` after a full GC (or as it is, with `gc: false`), and closes on SIGTERM.
 */
export async function serveStack(gateway?: StackOptions['gateway']): Promise<void> {
  const send = (type: string, value: unknown) => process.send!({ type, value });
  const redisUrl = process.env.REDIS_URL || undefined;
  const stream = `bench:events:${randomUUID()}`;
  const stack = await startStack({
    logger: createLogger('error'),
    ports: 'ephemeral',
    host: '127.0.0.1',
    databaseUrl: process.env.DATABASE_URL || undefined,
    redisUrl,
    eventStream: stream,
    cartKeyPrefix: `bench:cart:${stream.slice(-12)}:`,
    gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET,
    jwt: { ...JWT, ttlSeconds: 3600 },
    seed: true,
    gateway,
  });
  // Orders prices carts from products' and inventory's seeding events: wait until they are handled.
  await waitFor(async () => (await stack.bus.backlog()).pending === 0 && (await stack.bus.backlog()).published >= 1040, {
    timeoutMs: 300_000,
    intervalMs: 200,
    message: 'the seeding events',
  });
  process.on('message', (m: { type: string; gc?: boolean }) => {
    if (m.type !== 'memory') return;
    if (m.gc !== false) globalThis.gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    send('memory', { rss, heapUsed });
  });
  process.once('SIGTERM', () => {
    void (async () => {
      await stack.close();
      if (redisUrl) {
        const { openRedis } = await import('@shop/stores');
        const client = await openRedis(redisUrl);
        await client.del(stream);
        client.destroy();
      }
      process.exit(0);
    })();
  });
  send('ready', stack.gateway.url);
}
