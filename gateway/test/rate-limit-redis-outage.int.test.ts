import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createLogger } from '@shop/kit';
import { InProcessPubSub } from '@shop/stores';
import { waitFor } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGateway } from '../src';
import { newWorld, startFixtureGateway, startInventory, startOrders, startProducts, type Fixture } from './fixtures';
import { estimateCost } from '../src/limits';

/**
 * A Redis outage does not stall or fail requests: while the client reconnects the buckets are
 * counted in the gateway's memory, and once Redis is back they are shared again. Runs on a
 * throwaway redis-server of its own (it is stopped and restarted), skipped without the binary.
 */
const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0;
const ORDER = '{ order(id: "o1") { id status } }';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

describe.skipIf(!hasRedisServer)('rate limits through a Redis outage', () => {
  let subgraphs: Fixture[];
  let gateway: RunningGateway;
  let redis: ChildProcess | undefined;
  let port: number;

  const startRedis = async () => {
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await waitFor(
      () =>
        spawnSync('redis-cli', ['-p', String(port), 'ping'])
          .stdout?.toString()
          .trim() === 'PONG',
      { message: 'redis-server to answer' },
    );
  };
  const stopRedis = async () => {
    const exited = new Promise((r) => redis!.once('exit', r));
    redis!.kill('SIGKILL');
    await exited;
    redis = undefined;
  };
  const post = async () => {
    const res = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: ORDER }) });
    return { status: res.status, remaining: res.headers.get('ratelimit-remaining') };
  };

  beforeAll(async () => {
    port = await freePort();
    await startRedis();
    const world = newWorld();
    const pubsub = new InProcessPubSub(createLogger('silent'));
    subgraphs = await Promise.all([startOrders(world, pubsub), startProducts(world), startInventory(world, pubsub)]);
    const [o, p, i] = subgraphs as [Fixture, Fixture, Fixture];
    ({ gateway } = await startFixtureGateway(
      { orders: o.url, products: p.url, inventory: i.url },
      { redisUrl: `redis://127.0.0.1:${port}`, rateLimit: { capacity: 100, restorePerSecond: 1 }, costOf: estimateCost },
    ));
  });
  afterAll(async () => {
    await gateway?.close();
    await Promise.all((subgraphs ?? []).map((s) => s.close()));
    if (redis) await stopRedis();
  });

  it('keeps answering, with headers, while Redis is down, and uses Redis again once it is back', async () => {
    expect(await post()).toEqual({ status: 200, remaining: '96' });
    await stopRedis();
    const started = Date.now();
    const during = await post();
    expect(during.status).toBe(200);
    expect(during.remaining).not.toBeNull();
    expect(Date.now() - started).toBeLessThan(2000);

    await startRedis();
    // The restarted Redis is empty: once the client is back, the bucket counts there from full again.
    await waitFor(async () => (await post()).remaining === '96', { timeoutMs: 15_000, intervalMs: 200, message: 'the gateway to count in Redis again' });
    expect(spawnSync('redis-cli', ['-p', String(port), '--scan', '--pattern', 'shop:ratelimit:reserve:*']).stdout.toString()).toContain('ip:127.0.0.1');
  });
});
