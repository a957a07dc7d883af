import { AsyncQueue, gaplessFeed, type GaplessFeedOptions } from '../src';
import { describe, expect, it } from 'vitest';

type Update = { version: number; from: 'store' | 'live' };

/** A stored history of `count` versions and a live channel the test pushes into. */
function setup(count: number) {
  const stored: Update[] = Array.from({ length: count }, (_, i) => ({ version: i + 1, from: 'store' }));
  const reads: number[] = [];
  let returned = false;
  const live = new AsyncQueue<Update>(100, () => (returned = true));
  const readAfter = async (after: number, limit: number) => {
    reads.push(after);
    return stored.filter((u) => u.version > after).slice(0, limit);
  };
  return { stored, reads, live, readAfter, returned: () => returned };
}

/** How order tracking opens its feed: from a version the client has, or from now on (null). */
function versionFeed(options: Omit<GaplessFeedOptions<Update>, 'position' | 'after' | 'storeAt'> & { afterVersion: number | null; currentVersion: number }) {
  const { afterVersion, currentVersion, ...rest } = options;
  return gaplessFeed({ ...rest, position: (u) => u.version, after: afterVersion ?? currentVersion, storeAt: currentVersion });
}

async function take(feed: AsyncIterator<Update>, n: number): Promise<Update[]> {
  const out: Update[] = [];
  for (let i = 0; i < n; i++) {
    const r = await feed.next();
    if (r.done) break;
    out.push(r.value);
  }
  return out;
}

describe('gaplessFeed resuming order tracking by version', () => {
  it('replays stored versions after the cursor page by page, then passes live ones', async () => {
    const s = setup(5);
    const feed = versionFeed({ live: s.live, readAfter: s.readAfter, afterVersion: 1, currentVersion: 5, pageSize: 2 });
    s.live.push({ version: 5, from: 'live' }); // already replayed: dropped
    s.live.push({ version: 6, from: 'live' });
    expect(await take(feed, 5)).toEqual([
      { version: 2, from: 'store' },
      { version: 3, from: 'store' },
      { version: 4, from: 'store' },
      { version: 5, from: 'store' },
      { version: 6, from: 'live' },
    ]);
    expect(s.reads).toEqual([1, 3, 5]);
  });

  it('without a cursor starts at the current version and reads nothing', async () => {
    const s = setup(3);
    const feed = versionFeed({ live: s.live, readAfter: s.readAfter, afterVersion: null, currentVersion: 3, pageSize: 10 });
    s.live.push({ version: 3, from: 'live' });
    s.live.push({ version: 4, from: 'live' });
    expect(await take(feed, 1)).toEqual([{ version: 4, from: 'live' }]);
    expect(s.reads).toEqual([]);
  });

  it('drops duplicates and fills a jump in live versions from the store', async () => {
    const s = setup(2);
    const feed = versionFeed({ live: s.live, readAfter: s.readAfter, afterVersion: null, currentVersion: 2, pageSize: 10 });
    // 3 and 4 were committed, but only 5 (and a duplicate of 3, late) arrive live.
    s.stored.push({ version: 3, from: 'store' }, { version: 4, from: 'store' }, { version: 5, from: 'store' });
    s.live.push({ version: 5, from: 'live' });
    s.live.push({ version: 3, from: 'live' });
    s.live.push({ version: 6, from: 'live' });
    expect((await take(feed, 4)).map((u) => `${u.version}:${u.from}`)).toEqual(['3:store', '4:store', '5:store', '6:live']);
  });

  it('frees the live channel at once on return(), even while waiting', async () => {
    const s = setup(0);
    const feed = versionFeed({ live: s.live, readAfter: s.readAfter, afterVersion: null, currentVersion: 0, pageSize: 10 });
    const waiting = feed.next();
    await feed.return!();
    expect(s.returned()).toBe(true);
    expect(await waiting).toEqual({ done: true, value: undefined });
  });

  it('ends when the live channel ends and releases it when the store fails', async () => {
    const s = setup(0);
    const ended = versionFeed({ live: s.live, readAfter: s.readAfter, afterVersion: null, currentVersion: 0, pageSize: 10 });
    s.live.end();
    expect(await ended.next()).toEqual({ done: true, value: undefined });

    const t = setup(3);
    const failing = versionFeed({ live: t.live, readAfter: () => Promise.reject(new Error('db down')), afterVersion: 0, currentVersion: 3, pageSize: 10 });
    await expect(failing.next()).rejects.toThrow('db down');
    expect(t.returned()).toBe(true);
  });
});
