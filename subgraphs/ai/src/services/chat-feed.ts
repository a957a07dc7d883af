/** Anything with a per-conversation seq: 1, 2, 3… without gaps once committed. */
export interface Sequenced {
  seq: number;
}

export interface GaplessFeedOptions<T extends Sequenced> {
  /** Live messages, already subscribed and ready: everything committed from now on arrives. */
  live: AsyncIterator<T>;
  /** The store: messages with seq > afterSeq, oldest first, at most `limit`. */
  readAfter(afterSeq: number, limit: number): Promise<T[]>;
  /** The last seq the consumer already has; everything after it is delivered. */
  afterSeq: number;
  pageSize: number;
}

/**
 * One ordered stream, without gap or duplicate, out of a store and a live channel that may
 * deliver late, twice, out of order or not at all (pub/sub promises nothing more). It starts by
 * reading the store after `afterSeq`, page by page; then it passes live messages whose seq is the
 * next one, skips those it already delivered, and when a live seq jumps ahead it reads the gap from
 * the store (the jumping message included, as it was committed before it was published).
 *
 * This relies on the live channel being subscribed before the first store read: a message
 * committed after that read is published after it, so it arrives live.
 *
 * Unlike an async generator, `return()` takes effect at once even while waiting for a live
 * message, so a client that leaves releases its pub/sub subscription immediately.
 */
export function gaplessFeed<T extends Sequenced>({ live, readAfter, afterSeq, pageSize }: GaplessFeedOptions<T>): AsyncIterableIterator<T> {
  let last = afterSeq;
  let catchingUp = true;
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
        for (const message of page) {
          if (message.seq <= last) continue;
          pending.push(message);
          last = message.seq;
        }
        continue;
      }
      const result = await live.next();
      if (result.done) {
        await stop();
        return finished();
      }
      const message = result.value;
      if (message.seq <= last) continue;
      if (message.seq === last + 1) {
        last = message.seq;
        return { done: false, value: message };
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
