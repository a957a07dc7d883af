import { describe, expect, it } from 'vitest';
import { AsyncQueue, QueueOverflowError } from '../src';

describe('AsyncQueue', () => {
  it('hands values to a waiting reader and buffers the rest, in order', async () => {
    const q = new AsyncQueue<number>(10);
    const first = q.next();
    q.push(1);
    q.push(2);
    q.push(3);
    expect(await first).toEqual({ value: 1, done: false });
    expect(q.size).toBe(2);
    q.end();
    const rest: number[] = [];
    for await (const n of q) rest.push(n);
    expect(rest).toEqual([2, 3]);
  });

  it('cuts off a reader that falls behind: buffered values, then the overflow error, then done', async () => {
    let released = 0;
    const q = new AsyncQueue<number>(2, () => released++);
    expect(q.push(1)).toBe(true);
    expect(q.push(2)).toBe(true);
    expect(q.push(3)).toBe(false);
    expect(q.push(4)).toBe(false);
    expect(released).toBe(1);
    expect(await q.next()).toEqual({ value: 1, done: false });
    expect(await q.next()).toEqual({ value: 2, done: false });
    await expect(q.next()).rejects.toBeInstanceOf(QueueOverflowError);
    expect(await q.next()).toEqual({ value: undefined, done: true });
  });

  it('fails a waiting reader at once when nothing is buffered', async () => {
    const q = new AsyncQueue<number>(2);
    const pending = q.next();
    q.fail(new Error('upstream died'));
    await expect(pending).rejects.toThrow('upstream died');
    expect(await q.next()).toEqual({ value: undefined, done: true });
  });

  it('stops at once on return(), even with a read pending, and releases its source once', async () => {
    let released = 0;
    const q = new AsyncQueue<number>(5, () => released++);
    const pending = q.next();
    await q.return();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(q.push(1)).toBe(false);
    q.end();
    await q.return();
    expect(released).toBe(1);
  });

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => new AsyncQueue(0)).toThrow(RangeError);
  });
});
