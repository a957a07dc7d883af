import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ProductDoc, StockState } from '../search-index';

/** Everything the embedded index knows; the Orama index is rebuilt from it on start. */
export interface IndexSnapshot {
  version: 1;
  products: ProductDoc[];
  /** Keyed by product id; includes stock for products not indexed yet. */
  stock: Record<string, StockState>;
}

export const SNAPSHOT_FILE = 'products.json';
const EMPTY: IndexSnapshot = { version: 1, products: [], stock: {} };

export async function readSnapshot(dataDir: string): Promise<IndexSnapshot> {
  let raw: string;
  try {
    raw = await readFile(path.join(dataDir, SNAPSHOT_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY;
    throw error;
  }
  const snapshot = JSON.parse(raw) as IndexSnapshot;
  // The bus will not redeliver what was already consumed, so a bad snapshot must stop the start
  // rather than silently serve an empty index.
  if (snapshot.version !== 1 || !Array.isArray(snapshot.products)) throw new Error(`${path.join(dataDir, SNAPSHOT_FILE)} is not a search snapshot (version 1)`);
  return snapshot;
}

/**
 * Writes snapshots at most every `delayMs` while changes arrive (a seed is 520 events, not 520
 * files), one write at a time, each to a temporary file renamed over the old one so that a crash
 * never leaves half a file.
 */
export function createSnapshotWriter(dataDir: string, take: () => IndexSnapshot, onError: (error: unknown) => void, delayMs = 250) {
  const file = path.join(dataDir, SNAPSHOT_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  let ready: Promise<unknown> | undefined;

  const write = () => {
    timer = undefined;
    const run = writing.then(async () => {
      ready ??= mkdir(dataDir, { recursive: true });
      await ready;
      await writeFile(temp, JSON.stringify(take()));
      await rename(temp, file);
    });
    // A failed write is reported and the next change tries again; the chain itself never rejects.
    writing = run.catch(onError);
    return run;
  };

  return {
    /** Notes a change; a write follows within `delayMs`. */
    changed() {
      timer ??= setTimeout(() => void write().catch(() => {}), delayMs); // reported through onError
      timer.unref();
    },
    /** Writes any pending change now and waits for it. */
    async flush() {
      if (timer) {
        clearTimeout(timer);
        await write();
      }
      await writing;
    },
  };
}
