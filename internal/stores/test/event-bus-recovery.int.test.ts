import { randomUUID } from 'node:crypto';
import { createLogger } from '@shop/kit';
import { SKIP_REDIS_REASON, TEST_REDIS_URL, waitFor } from '@shop/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { deadLetterStream, newEvent, openRedis, RedisStreamEventBus, type RedisClientType, type RedisStreamBusOptions } from '../src';

const logger = createLogger('silent');

/**
 * At-least-once across crashes on a real Redis: a member that read events and died without
 * acknowledging them loses nothing (a live member claims them; the same replica restarted takes
 * them back at once), and an event that keeps failing ends in the dead-letter stream, acknowledged
 * only there.
 */
describe.skipIf(!TEST_REDIS_URL)(`Redis stream recovery — ${TEST_REDIS_URL ? 'real server' : SKIP_REDIS_REASON}`, () => {
  const stream = `test:events:${randomUUID()}`;
  const clients: RedisClientType[] = [];
  const buses: RedisStreamEventBus[] = [];
  const bus = async (options: RedisStreamBusOptions) => {
    const client = await openRedis(TEST_REDIS_URL!);
    clients.push(client);
    const b = new RedisStreamEventBus(client, logger, { stream, ...options });
    buses.push(b);
    return b;
  };
  afterEach(async () => {
    await Promise.all(buses.splice(0).map((b) => b.close()));
    await clients[0]?.del([stream, deadLetterStream(stream)]);
    for (const c of clients.splice(0)) c.destroy();
  });

  /** A member that reads `count` entries and dies before acknowledging them (what kill -9 leaves). */
  async function readAndDie(group: string, consumer: string, count: number) {
    const raw = await openRedis(TEST_REDIS_URL!);
    clients.push(raw);
    await raw.xGroupCreate(stream, group, '0', { MKSTREAM: true }).catch(() => {});
    const reply = await raw.xReadGroup(group, consumer, { key: stream, id: '>' }, { COUNT: count });
    return (reply as { messages: unknown[] }[] | null)?.[0]?.messages.length ?? 0;
  }

  it('reports how far every group has handled the stream: the point a relay replays from after Redis lost its data', async () => {
    const b = await bus({});
    expect(await b.handledThrough(), 'no stream yet').toBeNull();
    await b.publish([newEvent('thing.happened', { n: 1 }), newEvent('thing.happened', { n: 2 })]);
    const ids = (await clients[0]!.xRange(stream, '-', '+')).map((m) => Number(m.id.split('-')[0]));
    const handled: string[] = [];
    await b.subscribe('keeps-up', async (e) => void handled.push(e.id));
    await waitFor(async () => handled.length === 2 && (await b.backlog()).pending === 0, { message: 'both events handled' });
    expect(await b.handledThrough()).toBe(ids[1]);
    // A member that read both and died: its group has handled nothing, whatever the other did.
    expect(await readAndDie('stalled', 'stalled:replica-a', 2)).toBe(2);
    expect(await b.handledThrough()).toBe(ids[0]! - 1);
  });

  it('counts no backlog for a group at the last entry whose lag counter is off (as an AOF reload can leave it)', async () => {
    const b = await bus({ replicaId: 'replica-a' });
    const handled: string[] = [];
    await b.subscribe('reloaded', async (e) => void handled.push(e.id));
    await b.publish([newEvent('thing.happened', { n: 1 }), newEvent('thing.happened', { n: 2 })]);
    await waitFor(async () => handled.length === 2 && (await b.backlog()).pending === 0, { message: 'both handled' });
    // What the fault suite saw after a Redis restart with AOF: at the last entry, nothing pending, lag > 0.
    const [last] = await clients[0]!.xRevRange(stream, '+', '-', { COUNT: 1 });
    await clients[0]!.sendCommand(['XGROUP', 'SETID', stream, 'reloaded', last!.id, 'ENTRIESREAD', '0']);
    const [group] = (await clients[0]!.xInfoGroups(stream)) as unknown as { lag: number }[];
    expect(group!.lag).toBeGreaterThan(0);
    expect((await b.backlog()).pending).toBe(0);
  });

  it('handles different orders side by side, and one order’s events one after another in stream order', async () => {
    const b = await bus({ replicaId: 'replica-a', concurrency: 4 });
    const seen = new Map<string, number[]>();
    let running = 0;
    let most = 0;
    await b.subscribe('lanes', async (e) => {
      const { orderId, n } = e.payload as { orderId: string; n: number };
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 30));
      seen.set(orderId, [...(seen.get(orderId) ?? []), n]);
      running--;
    });
    const orders = ['o1', 'o2', 'o3', 'o4'];
    await b.publish(Array.from({ length: 5 }, (_, n) => orders.map((orderId) => newEvent('thing.happened', { orderId, n }))).flat());
    await waitFor(() => [...seen.values()].flat().length === 20, { message: 'every event handled' });
    for (const o of orders) expect(seen.get(o), o).toEqual([0, 1, 2, 3, 4]);
    expect(most, 'events handled at the same time').toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(4);
  });

  it('tries a failed event again within seconds, long before it could be claimed, without counting deliveries', async () => {
    // A claim time no test waits for: only the member's own retries can explain the prompt success.
    const b = await bus({ replicaId: 'replica-a', claimIdleMs: 600_000, maxDeliveries: 2, attemptsPerDelivery: 2, retryBaseMs: 5 });
    const event = newEvent('thing.happened', { flaky: true });
    let attempts = 0;
    const handled: string[] = [];
    await b.subscribe('flaky', async (e) => {
      // The database is away for the first four attempts (two in the delivery, two retries).
      if (++attempts <= 4) throw new Error('connection refused');
      handled.push(e.id);
    });
    const started = Date.now();
    await b.publish([event]);
    await waitFor(() => handled.length === 1, { timeoutMs: 8_000, message: 'the failed event handled on a retry' });
    expect(Date.now() - started).toBeLessThan(8_000);
    await waitFor(async () => (await b.backlog()).pending === 0, { message: 'the event acknowledged' });
    // maxDeliveries 2: had the retries counted as deliveries, the event would be a dead letter.
    expect((await b.stats()).deadLettered).toBe(0);
    expect(await clients[0]!.xLen(deadLetterStream(stream))).toBe(0);
  });

  it('a live member claims what a dead one read and never acknowledged', async () => {
    const publisher = await bus({});
    const published = Array.from({ length: 5 }, (_, n) => newEvent('thing.happened', { n }));
    await publisher.publish(published);
    expect(await readAndDie('claims', 'claims:replica-a', 5)).toBe(5);

    const handled: string[] = [];
    const survivor = await bus({ replicaId: 'replica-b', claimIdleMs: 200 });
    await survivor.subscribe('claims', async (e) => void handled.push(e.id));
    await waitFor(() => handled.length === 5, { timeoutMs: 10_000, message: 'the dead member’s events to be claimed' });
    expect(handled.sort()).toEqual(published.map((e) => e.id).sort());
    await waitFor(async () => (await publisher.backlog()).pending === 0, { message: 'every claimed event acknowledged' });
    expect((await survivor.stats()).reclaimed).toBe(5);
  });

  it('a restarted replica takes back its own pending events at once, before they are idle', async () => {
    const publisher = await bus({});
    await publisher.publish([newEvent('thing.happened', { n: 1 }), newEvent('thing.happened', { n: 2 })]);
    expect(await readAndDie('own', 'own:replica-a', 2)).toBe(2);
    const handled: number[] = [];
    // An idle time no test waits for: only "it is my own pending list" can explain a prompt delivery.
    const restarted = await bus({ replicaId: 'replica-a', claimIdleMs: 600_000 });
    await restarted.subscribe('own', async (e) => void handled.push((e.payload as { n: number }).n));
    await waitFor(() => handled.length === 2, { timeoutMs: 5000, message: 'the replica’s own pending events' });
    expect(handled).toEqual([1, 2]);
  });

  it('moves an event that keeps failing to the dead-letter stream after N deliveries, and goes on', async () => {
    const b = await bus({ replicaId: 'replica-a', claimIdleMs: 100, claimIntervalMs: 50, maxDeliveries: 3, attemptsPerDelivery: 2, retryBaseMs: 5 });
    const poison = newEvent('thing.happened', { poison: true });
    const fine = newEvent('thing.happened', { poison: false });
    let attempts = 0;
    const handled: string[] = [];
    await b.subscribe('dlq', async (e) => {
      if ((e.payload as { poison: boolean }).poison) {
        attempts++;
        throw new Error('cannot handle this one');
      }
      handled.push(e.id);
    });
    await b.publish([poison, fine]);
    await waitFor(async () => (await b.stats()).deadLetterStream === 1, { timeoutMs: 10_000, message: 'the poison event in the dead-letter stream' });
    expect(handled).toEqual([fine.id]);
    // 3 deliveries of 2 attempts each, then no more.
    expect(attempts).toBe(6);
    const [entry] = await clients[0]!.xRange(deadLetterStream(stream), '-', '+');
    expect(JSON.parse(entry!.message.event!)).toEqual(poison);
    expect(entry!.message).toMatchObject({ group: 'dlq', deliveries: '3', error: 'cannot handle this one' });
    expect(await b.backlog()).toMatchObject({ pending: 0 });
    expect(await b.stats()).toMatchObject({ deadLettered: 1, deadLetterStream: 1 });
  });

  it('recreates its group and goes on when the stream vanished (Redis restarted without persistence)', async () => {
    const b = await bus({ replicaId: 'replica-a' });
    const handled: number[] = [];
    await b.subscribe('gone', async (e) => void handled.push((e.payload as { n: number }).n));
    await b.publish([newEvent('thing.happened', { n: 1 })]);
    await waitFor(() => handled.length === 1);
    await clients[0]!.del(stream);
    await b.publish([newEvent('thing.happened', { n: 2 })]);
    await waitFor(() => handled.length === 2, { timeoutMs: 10_000, message: 'the event published on the recreated stream' });
    expect(handled).toEqual([1, 2]);
  });
});
