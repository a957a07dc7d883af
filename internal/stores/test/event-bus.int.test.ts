import { randomUUID } from 'node:crypto';
import { createLogger } from '@shop/kit';
import { SKIP_REDIS_REASON, TEST_REDIS_URL, waitFor } from '@shop/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { InMemoryEventBus, newEvent, openRedis, RedisStreamEventBus, type DomainEvent, type EventBus, type RedisClientType } from '../src';

const logger = createLogger('silent');

interface Target {
  name: string;
  skip: string | false;
  open(): Promise<{ bus: EventBus; reopen(): Promise<EventBus>; close(): Promise<void> }>;
}

const targets: Target[] = [
  {
    name: 'in-process',
    skip: false,
    async open() {
      const bus = new InMemoryEventBus(logger);
      return { bus, reopen: async () => bus, close: () => bus.close() };
    },
  },
  {
    name: TEST_REDIS_URL ? 'redis streams (real server)' : `redis streams (real server) — ${SKIP_REDIS_REASON}`,
    skip: TEST_REDIS_URL ? false : SKIP_REDIS_REASON,
    async open() {
      // A stream of its own per test keeps runs independent on a shared server.
      const stream = `test:events:${randomUUID()}`;
      const clients: RedisClientType[] = [];
      const buses: EventBus[] = [];
      const make = async () => {
        const client = await openRedis(TEST_REDIS_URL!);
        clients.push(client);
        const bus = new RedisStreamEventBus(client, logger, stream);
        buses.push(bus);
        return bus;
      };
      const bus = await make();
      return {
        bus,
        reopen: make,
        async close() {
          await Promise.all(buses.map((b) => b.close()));
          await clients[0]!.del(stream);
          for (const c of clients) c.destroy();
        },
      };
    },
  },
];

/** The EventBus contract: consumer groups over an append-only log, at-least-once. */
for (const target of targets) {
  describe.skipIf(target.skip)(`EventBus contract — ${target.name}`, () => {
    let cleanup: (() => Promise<void>) | undefined;
    afterEach(async () => {
      await cleanup?.();
      cleanup = undefined;
    });
    const open = async () => {
      const opened = await target.open();
      cleanup = opened.close;
      return opened;
    };
    const events = (n: number, type = 'thing.happened') => Array.from({ length: n }, (_, i) => newEvent(type, { n: i }));

    it('gives a new group everything published before it subscribed, in order', async () => {
      const { bus } = await open();
      await bus.publish(events(5));
      const seen: number[] = [];
      await bus.subscribe('late', async (e) => void seen.push((e.payload as { n: number }).n));
      await waitFor(() => seen.length === 5);
      expect(seen).toEqual([0, 1, 2, 3, 4]);
    });

    it('delivers each event to every group, and once within a group of two members', async () => {
      const { bus } = await open();
      const a: string[] = [];
      const b1: string[] = [];
      const b2: string[] = [];
      await bus.subscribe('a', async (e) => void a.push(e.id));
      await bus.subscribe('b', async (e) => void b1.push(e.id));
      await bus.subscribe('b', async (e) => void b2.push(e.id));
      const published = events(20);
      await bus.publish(published);
      await waitFor(() => a.length === 20 && b1.length + b2.length === 20);
      expect(new Set([...b1, ...b2]).size).toBe(20);
      expect(a.sort()).toEqual(published.map((e) => e.id).sort());
    });

    it('keeps the whole event: id, type, version, time and payload', async () => {
      const { bus } = await open();
      const event: DomainEvent = {
        id: randomUUID(),
        type: 'order.created',
        version: 2,
        occurredAt: '2026-01-02T03:04:05.000Z',
        payload: { orderId: 'o1', lines: [{ q: 2 }] },
      };
      const got: DomainEvent[] = [];
      await bus.subscribe('g', async (e) => void got.push(e));
      await bus.publish([event]);
      await waitFor(() => got.length === 1);
      expect(got[0]).toEqual(event);
    });

    it('filters by type', async () => {
      const { bus } = await open();
      const got: string[] = [];
      await bus.subscribe('typed', async (e) => void got.push(e.type), { types: ['b'] });
      await bus.publish([...events(3, 'a'), ...events(2, 'b')]);
      await waitFor(() => got.length === 2);
      expect(got).toEqual(['b', 'b']);
    });

    it('retries a handler that fails, so a passing fault loses nothing', async () => {
      const { bus } = await open();
      let attempts = 0;
      const handled: string[] = [];
      await bus.subscribe('flaky', async (e) => {
        if (++attempts < 3) throw new Error('transient');
        handled.push(e.id);
      });
      await bus.publish(events(1));
      await waitFor(() => handled.length === 1);
      expect(attempts).toBe(3);
    });

    it('reports its backlog: published, and not yet handled by every group', async () => {
      const { bus } = await open();
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      await bus.subscribe('slow', async () => gate);
      await bus.publish(events(3));
      await waitFor(async () => (await bus.backlog()).published === 3);
      expect((await bus.backlog()).pending).toBeGreaterThan(0);
      release();
      await waitFor(async () => (await bus.backlog()).pending === 0);
      expect(await bus.backlog()).toEqual({ published: 3, pending: 0 });
    });

    it('resumes a group where it stopped after a restart', async () => {
      const { bus, reopen } = await open();
      const first: string[] = [];
      const sub = await bus.subscribe('resume', async (e) => void first.push(e.id));
      await bus.publish(events(3));
      await waitFor(() => first.length === 3);
      await sub.stop();
      await bus.publish(events(2));
      const again = await reopen();
      const second: string[] = [];
      await again.subscribe('resume', async (e) => void second.push(e.id));
      await waitFor(() => second.length === 2);
      expect(second.some((id) => first.includes(id))).toBe(false);
    });
  });
}
