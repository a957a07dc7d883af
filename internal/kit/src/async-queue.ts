/** Raised to a consumer that fell more than `capacity` values behind its producer. */
export class QueueOverflowError extends Error {
  constructor(readonly capacity: number) {
    super(`The consumer fell more than ${capacity} values behind and was cut off.`);
    this.name = 'QueueOverflowError';
  }
}

/**
 * A bounded buffer between a push-based producer (a socket, a Redis channel) and a pull-based
 * consumer (`for await`). A consumer that falls `capacity` values behind is cut off: it still
 * receives what was buffered, then a QueueOverflowError, and nothing after. Dropping values
 * silently would hide the gap, and growing without limit would let one slow consumer exhaust the
 * process, so the consumer is told and may resubscribe (and catch up from its own cursor).
 *
 * Unlike an async generator, `return()` takes effect at once, even while a `next()` is pending,
 * so an abandoned subscription releases its source immediately rather than at the next value.
 */
export class AsyncQueue<T> implements AsyncIterableIterator<T> {
  private readonly buffer: T[] = [];
  private readonly waiting: { resolve: (r: IteratorResult<T>) => void; reject: (e: unknown) => void }[] = [];
  private state: 'open' | 'ending' | 'done' = 'open';
  private failure: { error: unknown } | null = null;
  private released = false;

  /** `release` runs once when the queue stops taking values, however that happens. */
  constructor(
    private readonly capacity: number,
    private readonly release: () => void = () => {},
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('capacity must be a positive integer');
  }

  /** Offers a value; false once the queue no longer takes values (ended, failed or returned). */
  push(value: T): boolean {
    if (this.state !== 'open') return false;
    const waiter = this.waiting.shift();
    if (waiter) {
      waiter.resolve({ value, done: false });
      return true;
    }
    if (this.buffer.length >= this.capacity) {
      this.fail(new QueueOverflowError(this.capacity));
      return false;
    }
    this.buffer.push(value);
    return true;
  }

  /** Ends the stream after the buffered values. */
  end(): void {
    this.finish(null);
  }

  /** Ends the stream with `error` after the buffered values. */
  fail(error: unknown): void {
    this.finish({ error });
  }

  get size(): number {
    return this.buffer.length;
  }

  get closed(): boolean {
    return this.state !== 'open';
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffer.length) {
      const value = this.buffer.shift() as T;
      if (!this.buffer.length && this.state === 'ending') this.settle();
      return Promise.resolve({ value, done: false });
    }
    if (this.state === 'ending') this.settle();
    if (this.state === 'done') {
      const failure = this.failure;
      this.failure = null;
      return failure ? Promise.reject(failure.error) : Promise.resolve({ value: undefined, done: true });
    }
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  /** Stops at once: buffered values are dropped and pending `next()` calls resolve as done. */
  return(): Promise<IteratorResult<T>> {
    this.buffer.length = 0;
    this.failure = null;
    this.state = 'done';
    this.releaseOnce();
    for (const waiter of this.waiting.splice(0)) waiter.resolve({ value: undefined, done: true });
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private finish(failure: { error: unknown } | null) {
    if (this.state !== 'open') return;
    this.state = 'ending';
    this.failure = failure;
    this.releaseOnce();
    // Nothing buffered means someone may be waiting: hand them the end now.
    if (!this.buffer.length) {
      this.settle();
      const waiters = this.waiting.splice(0);
      if (waiters.length && this.failure) {
        const { error } = this.failure;
        this.failure = null;
        waiters[0]!.reject(error);
        for (const waiter of waiters.slice(1)) waiter.resolve({ value: undefined, done: true });
      } else {
        for (const waiter of waiters) waiter.resolve({ value: undefined, done: true });
      }
    }
  }

  private settle() {
    this.state = 'done';
  }

  private releaseOnce() {
    if (this.released) return;
    this.released = true;
    this.release();
  }
}
