import { randomUUID } from 'node:crypto';
import { createLogger, QueueOverflowError } from '@shop/kit';
import { SKIP_REDIS_REASON, TEST_REDIS_URL, waitFor } from '@shop/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { InProcessPubSub, openPubSub, openRedis, RedisPubSub, type PubSub } from '../src';

const logger = createLogger('silent');

interface Target {
  name: string;
  skip: string | false;
  /** Two instances sharing one backend, as two replicas would (the same one in-process). */
  open(options?: { bufferSize?: number }): Promise<{ a: PubSub; b: PubSub; close(): Promise<void> }>;
}

const targets: Target[] = [
  {
    name: 'in-process',
    skip: false,
    async open(options = {}) {
      const pubsub = new InProcessPubSub(logger, options.bufferSize);
      return { a: pubsub, b: pubsub, close: () => pubsub.close() };
    },
  },
  {
    name: TEST_REDIS_URL ? 'redis (real server)' : `redis (real server) — ${SKIP_REDIS_REASON}`,
    skip: TEST_REDIS_URL ? false : SKIP_REDIS_REASON,
    async open(options = {}) {
      const a = await RedisPubSub.connect(TEST_REDIS_URL!, logger, options);
      const b = await RedisPubSub.connect(TEST_REDIS_URL!, logger, options);
      return { a, b, close: async () => void (await Promise.all([a.close(), b.close()])) };
    },
  },
];

/** Reads `n` values, or fails the test after a deadline instead of hanging. */
async function take<T>(iterator: AsyncIterator<T>, n: number): Promise<T[]> {
  const values: T[] = [];
  while (values.length < n) {
    const next = await Promise.race([iterator.next(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no value in time')), 5000))]);
    if (next.done) break;
    values.push(next.value);
  }
  return values;
}

/** The PubSub contract: live fan-out to current subscribers, JSON payloads, bounded buffers. */
for (const target of targets) {
  describe.skipIf(target.skip)(`PubSub contract — ${target.name}`, () => {
    let cleanup: (() => Promise<void>) | undefined;
    afterEach(async () => {
      await cleanup?.();
      cleanup = undefined;
    });
    const open = async (options?: { bufferSize?: number }) => {
      const opened = await target.open(options);
      cleanup = opened.close;
      return opened;
    };
    // A topic prefix of its own per test keeps runs independent on a shared server.
    const topic = (name: string) => `test:${randomUUID()}:${name}`;

    it('delivers payloads in publication order, as JSON', async () => {
      const { a } = await open();
      const t = topic('order');
      const sub = a.subscribe<{ n: number; at?: string; gone?: undefined }>(t);
      await sub.ready;
      for (let n = 0; n < 5; n++) await a.publish(t, { n, at: new Date(Date.UTC(2026, 0, 1)) as unknown as string, gone: undefined });
      const got = await take(sub, 5);
      expect(got.map((p) => p.n)).toEqual([0, 1, 2, 3, 4]);
      expect(got[0]).toEqual({ n: 0, at: '2026-01-01T00:00:00.000Z' });
      await sub.return?.();
    });

    it('gives every subscriber of a topic its own copy, and nothing from other topics', async () => {
      const { a } = await open();
      const [t1, t2] = [topic('one'), topic('two')];
      const first = a.subscribe<{ v: number[] }>(t1);
      const second = a.subscribe<{ v: number[] }>(t1);
      const other = a.subscribe<{ v: number[] }>(t2);
      await Promise.all([first.ready, second.ready, other.ready]);
      await a.publish(t1, { v: [1] });
      await a.publish(t2, { v: [2] });
      const [x] = await take(first, 1);
      x!.v.push(99);
      expect(await take(second, 1)).toEqual([{ v: [1] }]);
      expect(await take(other, 1)).toEqual([{ v: [2] }]);
      for (const s of [first, second, other]) await s.return?.();
    });

    it('reaches subscribers connected to another instance, both ways', async () => {
      const { a, b } = await open();
      const t = topic('replicas');
      const onA = a.subscribe<string>(t);
      const onB = b.subscribe<string>(t);
      await Promise.all([onA.ready, onB.ready]);
      await a.publish(t, 'from a');
      await b.publish(t, 'from b');
      expect(await take(onA, 2)).toEqual(['from a', 'from b']);
      expect(await take(onB, 2)).toEqual(['from a', 'from b']);
      await onA.return?.();
      await onB.return?.();
    });

    it('unsubscribes on return(): a pending read ends and later payloads are not delivered', async () => {
      const { a } = await open();
      const t = topic('leave');
      const leaving = a.subscribe(t);
      const staying = a.subscribe<number>(t);
      await Promise.all([leaving.ready, staying.ready]);
      const pending = leaving.next();
      await leaving.return?.();
      expect(await pending).toEqual({ value: undefined, done: true });
      await a.publish(t, 1);
      expect(await take(staying, 1)).toEqual([1]);
      expect(await leaving.next()).toEqual({ value: undefined, done: true });
      await staying.return?.();
    });

    it('cuts off a subscriber that falls behind its buffer, after what was buffered, sparing the others', async () => {
      const { a } = await open({ bufferSize: 3 });
      const t = topic('slow');
      const slow = a.subscribe<number>(t);
      const fast = a.subscribe<number>(t);
      await Promise.all([slow.ready, fast.ready]);
      const seen: number[] = [];
      const reading = (async () => {
        for await (const n of fast) if (seen.push(n) === 6) return;
      })();
      for (let n = 0; n < 6; n++) {
        await a.publish(t, n);
        // The fast reader keeps up, so only the slow one ever holds more than one value.
        await waitFor(() => seen.length === n + 1);
      }
      await reading;
      expect(seen).toEqual([0, 1, 2, 3, 4, 5]);
      expect(await take(slow, 3)).toEqual([0, 1, 2]);
      await expect(slow.next()).rejects.toBeInstanceOf(QueueOverflowError);
      expect(await slow.next()).toEqual({ value: undefined, done: true });
    });

    it('completes open subscriptions on close', async () => {
      const { a } = await open();
      const sub = a.subscribe(topic('closing'));
      await sub.ready;
      const pending = sub.next();
      await a.close();
      expect(await pending).toEqual({ value: undefined, done: true });
      await expect(a.publish(topic('after'), 1)).rejects.toThrow(/closed/);
    });
  });
}

describe.skipIf(!TEST_REDIS_URL)(`RedisPubSub on the wire — ${TEST_REDIS_URL ? 'redis (real server)' : SKIP_REDIS_REASON}`, () => {
  it('multiplexes local subscribers of a topic over one subscriber connection, and leaves the channel with the last one', async () => {
    const prefix = `test:${randomUUID()}:`;
    const pubsub = await openPubSub(TEST_REDIS_URL, logger, { prefix });
    const probe = await openRedis(TEST_REDIS_URL!);
    try {
      expect(pubsub).toBeInstanceOf(RedisPubSub);
      const subs = [pubsub.subscribe('t'), pubsub.subscribe('t'), pubsub.subscribe('t')];
      await Promise.all(subs.map((s) => s.ready));
      expect(await probe.pubSubNumSub(`${prefix}t`)).toEqual({ [`${prefix}t`]: 1 });
      await subs[0]!.return?.();
      await subs[1]!.return?.();
      expect(await probe.pubSubNumSub(`${prefix}t`)).toEqual({ [`${prefix}t`]: 1 });
      await subs[2]!.return?.();
      await waitFor(async () => (await probe.pubSubNumSub(`${prefix}t`))[`${prefix}t`] === 0, { message: 'the channel to be left' });
    } finally {
      await pubsub.close();
      probe.destroy();
    }
  });
});

describe('openPubSub', () => {
  it('is in-process without a Redis URL', async () => {
    const pubsub = await openPubSub(undefined, logger);
    expect(pubsub).toBeInstanceOf(InProcessPubSub);
    await pubsub.close();
  });
});
