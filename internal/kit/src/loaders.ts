import DataLoader from 'dataloader';

/**
 * A per-request loader over a "fetch many by key" function: one call per batch, results put back
 * in key order, missing keys answered with null.
 */
export function createBatchLoader<K, V>(
  fetchMany: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (value: V) => K,
  options: { cacheKey?: (key: K) => unknown } = {},
): DataLoader<K, V | null, unknown> {
  return new DataLoader<K, V | null, unknown>(
    async (keys) => {
      const rows = await fetchMany(keys);
      const byKey = new Map<unknown, V>();
      const norm = options.cacheKey ?? ((k: K) => k);
      for (const row of rows) byKey.set(norm(keyOf(row)), row);
      return keys.map((k) => byKey.get(norm(k)) ?? null);
    },
    { cacheKeyFn: options.cacheKey, maxBatchSize: 1000 },
  );
}

/** Like createBatchLoader, for one-to-many lookups (e.g. all payments of each order). */
export function createGroupLoader<K, V>(fetchMany: (keys: readonly K[]) => Promise<V[]>, keyOf: (value: V) => K): DataLoader<K, V[], K> {
  return new DataLoader<K, V[], K>(
    async (keys) => {
      const rows = await fetchMany(keys);
      const groups = new Map<K, V[]>();
      for (const row of rows) {
        const key = keyOf(row);
        const list = groups.get(key);
        if (list) list.push(row);
        else groups.set(key, [row]);
      }
      return keys.map((k) => groups.get(k) ?? []);
    },
    { maxBatchSize: 1000 },
  );
}
