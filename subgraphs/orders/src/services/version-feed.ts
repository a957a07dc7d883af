/** Anything numbered by an order's version: 1, 2, 3… without gaps once committed. */
export interface Versioned {
  version: number;
}

export interface VersionFeedOptions<T extends Versioned> {
  /** Live updates, already subscribed and ready: everything committed from now on arrives. */
  live: AsyncIterator<T>;
  /** The store: updates with version > afterVersion, oldest first, at most `limit`. */
  readAfter(afterVersion: number, limit: number): Promise<T[]>;
  /** The last version the subscriber has; null: only changes from now on. */
  afterVersion: number | null;
  /** The version the store is at now: the start when `afterVersion` is null. */
  currentVersion: number;
  pageSize: number;
}

/**
 * One ordered stream of an order's changes, without gap or duplicate, out of its stored history and
 * a live channel that may deliver late, twice, out of order or not at all (pub/sub promises no
 * more). It first reads the history after `afterVersion`, page by page; then it passes live updates
 * whose version is the next one, drops those already delivered, and when a live version jumps ahead
 * it reads the gap from the store (the jumping update included: it was committed before it was
 * published).
 *
 * Correct because the live channel is subscribed and ready before the first read: a change
 * committed after that read is published after it, so it arrives live. `return()` takes effect at
 * once, even while waiting for a live update, so a client that leaves frees its channel.
 */
export function versionFeed<T extends Versioned>(options: VersionFeedOptions<T>): AsyncIterableIterator<T> {
  const { live, readAfter, pageSize } = options;
  let last = options.afterVersion ?? options.currentVersion;
  let catchingUp = options.afterVersion !== null && options.afterVersion < options.currentVersion;
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
      const queued = pending.shift();
      if (queued) return { done: false, value: queued };
      if (catchingUp) {
        const page = await readAfter(last, pageSize);
        catchingUp = page.length >= pageSize;
        for (const update of page) {
          if (update.version <= last) continue;
          pending.push(update);
          last = update.version;
        }
        continue;
      }
      const result = await live.next();
      if (result.done) {
        await stop();
        return finished();
      }
      const update = result.value;
      if (update.version <= last) continue;
      if (update.version === last + 1) {
        last = update.version;
        return { done: false, value: update };
      }
      catchingUp = true;
    }
  }

  return {
    async next() {
      try {
        return await advance();
      } catch (error) {
        // A consumer does not call return() after a failed next(): release the channel here.
        await stop();
        throw error;
      }
    },
    async return() {
      await stop();
      return finished();
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
