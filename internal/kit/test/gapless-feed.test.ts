import { AsyncQueue, gaplessFeed } from '../src';
import { waitFor } from '@shop/testing';
import { describe, expect, it } from 'vitest';

interface Msg {
  seq: number;
}

/** A store holding seqs 1..n, and a live queue the test pushes into as a pub/sub would. */
function setup(stored: number, afterSeq: number, pageSize = 3) {
  const store: Msg[] = Array.from({ length: stored }, (_, i) => ({ seq: i + 1 }));
  const live = new AsyncQueue<Msg>(100);
  const reads: number[] = [];
  let nextCalls = 0;
  const feed = gaplessFeed({
    live: { next: () => (nextCalls++, live.next()), return: () => live.return() },
    position: (message) => message.seq,
    after: afterSeq,
    pageSize,
    readAfter: async (after, limit) => {
      reads.push(after);
      return store.filter((m) => m.seq > after).slice(0, limit);
    },
  });
  /** Commits a message to the store; the test decides when (or whether) it is published. */
  const commit = () => {
    const message = { seq: store.length + 1 };
    store.push(message);
    return message;
  };
  const take = async (n: number) => {
    const seqs: number[] = [];
    for (let i = 0; i < n; i++) {
      const r = await feed.next();
      if (r.done) break;
      seqs.push(r.value.seq);
    }
    return seqs;
  };
  return { live, feed, commit, take, reads, nextCalls: () => nextCalls };
}

describe('gaplessFeed', () => {
  it('delivers the stored backlog page by page, then live messages', async () => {
    const { live, commit, take, reads } = setup(7, 2);
    expect(await take(5)).toEqual([3, 4, 5, 6, 7]);
    expect(reads).toEqual([2, 5]);
    live.push(commit());
    live.push(commit());
    expect(await take(2)).toEqual([8, 9]);
  });

  it('skips live copies of what the backlog already delivered', async () => {
    const { live, commit, take } = setup(4, 0);
    // Published while the backlog was being read: seq 5 is in both.
    const fifth = commit();
    live.push({ seq: 3 });
    live.push(fifth);
    live.push(fifth);
    const sixth = commit();
    live.push(sixth);
    expect(await take(6)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('fills a jump in live seqs from the store: out-of-order and lost publishes', async () => {
    const { live, commit, take, reads, nextCalls } = setup(2, 2);
    const first = take(1);
    await waitFor(() => nextCalls() === 1, { message: 'the feed to wait for live messages' });
    // 4 arrives before 3; 5 is never published.
    const [m3, m4, , m6, m7] = [commit(), commit(), commit(), commit(), commit()];
    for (const message of [m4!, m3!, m6!, m7!]) live.push(message);
    expect(await first).toEqual([3]);
    expect(await take(4)).toEqual([4, 5, 6, 7]);
    live.push(commit());
    expect(await take(1)).toEqual([8]);
    expect(reads).toEqual([2, 2, 5]);
  });

  it('starts live-only from the given seq without replaying older messages', async () => {
    const { live, commit, take } = setup(10, 10);
    live.push(commit());
    expect(await take(1)).toEqual([11]);
  });

  it('returns at once while waiting for a live message and releases the channel', async () => {
    const { live, feed, take, nextCalls } = setup(1, 1);
    const waiting = take(1);
    await waitFor(() => nextCalls() === 1, { message: 'the feed to wait for live messages' });
    await feed.return!();
    expect(await waiting).toEqual([]);
    expect(live.closed).toBe(true);
    expect(await feed.next()).toEqual({ done: true, value: undefined });
  });

  it('passes a channel failure on and releases the channel', async () => {
    const { live, feed } = setup(0, 0);
    const overflow = new Error('fell behind');
    live.fail(overflow);
    await expect(feed.next()).rejects.toBe(overflow);
    expect(live.closed).toBe(true);
    expect((await feed.next()).done).toBe(true);
  });
});
