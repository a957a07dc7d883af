import type { SearchIndex } from './search-index';

export interface CountedIndex {
  index: SearchIndex;
  /** Index calls made through `index` since the last reset. */
  calls(): number;
  reset(): void;
}

/**
 * Wraps an index so that request handling can prove how many index round trips it makes (one per
 * search). The event indexer writes through the unwrapped index, as a relay uses a background
 * connection elsewhere, so background work never shows up in a request's count.
 */
export function countCalls(inner: SearchIndex): CountedIndex {
  let calls = 0;
  const counted =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    (...args: A) => {
      calls++;
      return fn(...args);
    };
  return {
    index: {
      upsertProducts: counted(inner.upsertProducts),
      setStock: counted(inner.setStock),
      search: counted(inner.search),
      get: counted(inner.get),
      count: counted(inner.count),
      ping: inner.ping,
      close: inner.close,
    },
    calls: () => calls,
    reset: () => void (calls = 0),
  };
}
