import { feedIterator } from '@shop/kit';

export interface HorizonFeedOptions<T, C> {
  /** Wake-ups: every change published after commit, already subscribed and ready. */
  live: AsyncIterator<unknown>;
  /** A live message's identity, comparable with `key(item)` (an order id and version). */
  liveKey(message: unknown): string;
  key(item: T): string;
  cursor(item: T): C;
  /** The store: items after `after`, in feed order, at most `limit`, only those below the horizon. */
  readAfter(after: C, limit: number): Promise<T[]>;
  after: C;
  pageSize: number;
  /** How soon to read again while a change seen live is not yet below the horizon. */
  retryMs: number;
  /** How long a live change may stay unseen in the store before the feed stops waiting for it. */
  giveUpMs: number;
}

const TIMEOUT = Symbol('timeout');
/** Keys of recent deliveries kept to recognise a live message for a change already delivered. */
const RECENT = 2048;

/**
 * A resumable feed over a store whose positions may have holes (sequence values of rolled-back
 * transactions) and whose rows become readable in position order only once the horizon passes
 * them. Everything delivered comes from the store, strictly after the last cursor, so there is no
 * duplicate; the store read is the one source of order, so there is no gap. The live channel only
 * says when to read: a live change the store does not show yet (an older transaction still holds
 * the horizon) makes the feed read again every `retryMs` until it shows, up to `giveUpMs`.
 *
 * Correct because `live` is subscribed before the first read: a change committed after that read
 * is published after it and wakes the feed. Like gaplessFeed, `return()` takes effect at once.
 */
export function horizonFeed<T, C>(options: HorizonFeedOptions<T, C>): AsyncIterableIterator<T> {
  const { live, readAfter, pageSize } = options;
  let cursor = options.after;
  let readNow = true;
  let done = false;
  let waiting: Promise<IteratorResult<unknown>> | undefined;
  const pending: T[] = [];
  const awaited = new Map<string, number>();
  const delivered = new Set<string>();
  const finished = (): IteratorResult<T> => ({ done: true, value: undefined });

  async function stop() {
    if (done) return;
    done = true;
    pending.length = 0;
    await live.return?.();
  }

  async function read() {
    const page = await readAfter(cursor, pageSize);
    readNow = page.length >= pageSize;
    for (const item of page) {
      const key = options.key(item);
      pending.push(item);
      cursor = options.cursor(item);
      awaited.delete(key);
      if (delivered.size >= RECENT) delivered.clear();
      delivered.add(key);
    }
    const now = Date.now();
    for (const [key, deadline] of awaited) if (deadline <= now) awaited.delete(key);
  }

  /** The next live message, or TIMEOUT after `ms`; a message not taken yet is kept for the next call. */
  async function nextLive(ms: number | undefined): Promise<IteratorResult<unknown> | typeof TIMEOUT> {
    waiting ??= live.next();
    if (ms === undefined) {
      const result = await waiting;
      waiting = undefined;
      return result;
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<typeof TIMEOUT>((resolve) => (timer = setTimeout(resolve, ms, TIMEOUT)));
    const result = await Promise.race([waiting, timeout]).finally(() => clearTimeout(timer));
    if (result !== TIMEOUT) waiting = undefined;
    return result;
  }

  async function advance(): Promise<IteratorResult<T>> {
    for (;;) {
      if (done) return finished();
      if (pending.length > 0) return { done: false, value: pending.shift()! };
      if (readNow) {
        await read();
        continue;
      }
      const result = await nextLive(awaited.size > 0 ? options.retryMs : undefined);
      if (done) return finished();
      readNow = true;
      if (result === TIMEOUT) continue;
      if (result.done) {
        await stop();
        return finished();
      }
      const key = options.liveKey(result.value);
      if (!delivered.has(key)) awaited.set(key, Date.now() + options.giveUpMs);
    }
  }

  return feedIterator(advance, stop);
}
