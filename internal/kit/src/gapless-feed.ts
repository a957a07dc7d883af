export interface GaplessFeedOptions<T> {
  /** Live items, already subscribed and ready: everything committed from now on arrives. */
  live: AsyncIterator<T>;
  /** An item's place in its stream: 1, 2, 3… without gaps once committed (an order's version, a message's seq). */
  position(item: T): number;
  /** The store: items after `after`, oldest first, at most `limit`. */
  readAfter(after: number, limit: number): Promise<T[]>;
  /** The last position the consumer already has; everything after it is delivered. */
  after: number;
  /**
   * Where the store is known to stand now. When `after` is already there, the feed goes straight to
   * the live channel; unknown (the default), it reads the store once first.
   */
  storeAt?: number;
  pageSize: number;
}

/**
 * One ordered stream, without gap or duplicate, out of a store and a live channel that may deliver
 * late, twice, out of order or not at all (pub/sub promises no more). It first reads the store
 * after `after`, page by page; then it passes live items whose position is the next one, drops
 * those already delivered, and when a live position jumps ahead it reads the gap from the store
 * (the jumping item included: it was committed before it was published).
 *
 * Correct because the live channel is subscribed and ready before the first read: an item committed
 * after that read is published after it, so it arrives live. Unlike an async generator, `return()`
 * takes effect at once, even while waiting for a live item, so a client that leaves frees its
 * channel. Order tracking (by version) and chat (by seq) both resume on it.
 */
export function gaplessFeed<T>(options: GaplessFeedOptions<T>): AsyncIterableIterator<T> {
  const { live, position, readAfter, pageSize } = options;
  let last = options.after;
  let catchingUp = options.storeAt === undefined || last < options.storeAt;
  let done = false;
  const pending: T[] = [];
  const finished = (): IteratorResult<T> => ({ done: true, value: undefined });

  async function stop() {
    if (done) return;
    done = true;
    pending.length = 0;
    await live.return?.();
  }

  async function advance(): Promise<IteratorResult<T>> {
    for (;;) {
      if (done) return finished();
      if (pending.length > 0) return { done: false, value: pending.shift()! };
      if (catchingUp) {
        const page = await readAfter(last, pageSize);
        catchingUp = page.length >= pageSize;
        for (const item of page) {
          if (position(item) <= last) continue;
          pending.push(item);
          last = position(item);
        }
        continue;
      }
      const result = await live.next();
      if (result.done) {
        await stop();
        return finished();
      }
      const at = position(result.value);
      if (at <= last) continue;
      if (at === last + 1) {
        last = at;
        return { done: false, value: result.value };
      }
      catchingUp = true;
    }
  }

  return feedIterator(advance, stop);
}

/**
 * The iterator shell of a feed: `next()` runs `advance`, and releases the feed (`stop`) when it
 * throws, since a consumer does not call `return()` after a failed `next()`; `return()` stops at
 * once, even while `advance` waits for a live item.
 */
export function feedIterator<T>(advance: () => Promise<IteratorResult<T>>, stop: () => Promise<void>): AsyncIterableIterator<T> {
  return {
    async next() {
      try {
        return await advance();
      } catch (error) {
        await stop();
        throw error;
      }
    },
    async return() {
      await stop();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
