import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * On-disk format of the embedded document store: one JSON file per collection. A file is never
 * written in place: the new content goes to a temporary file that is flushed to disk and then
 * renamed over the old one, so a crash leaves either the old or the new collection, never half.
 *
 * A transaction can change two collections (a product and its outbox event). Their files are
 * committed together through a small redo log: once every temporary file is on disk, COMMIT lists
 * the renames still to do; reopening the folder finishes them, so both files change or neither.
 */
const SUFFIX = '.json';
const COMMIT = 'COMMIT';
const FORMAT = 1;

interface CollectionFile {
  format: number;
  documents: unknown[];
}

type Rename = { from: string; to: string };

/** Reads every collection file in `dir` (creating the folder when missing). */
export async function readCollections(dir: string): Promise<Map<string, unknown[]>> {
  await mkdir(dir, { recursive: true });
  await finishCommit(dir);
  const collections = new Map<string, unknown[]>();
  for (const entry of await readdir(dir)) {
    // Leftover temporary files belong to writes that never committed.
    if (entry.endsWith('.tmp')) {
      await rm(path.join(dir, entry), { force: true });
      continue;
    }
    if (!entry.endsWith(SUFFIX)) continue;
    const file = JSON.parse(await readFile(path.join(dir, entry), 'utf8')) as CollectionFile;
    if (file.format !== FORMAT || !Array.isArray(file.documents)) throw new Error(`${entry} is not a collection file of format ${FORMAT}`);
    collections.set(entry.slice(0, -SUFFIX.length), file.documents);
  }
  return collections;
}

/** Replaces the files of the given collections, all of them or (after a crash) none. */
export async function writeCollections(dir: string, collections: ReadonlyMap<string, readonly unknown[]>): Promise<void> {
  const renames: Rename[] = [];
  for (const [name, documents] of collections) {
    const to = `${name}${SUFFIX}`;
    const from = tempName(to);
    await writeSynced(path.join(dir, from), JSON.stringify({ format: FORMAT, documents: [...documents] } satisfies CollectionFile));
    renames.push({ from, to });
  }
  if (renames.length > 1) {
    const log = tempName(COMMIT);
    await writeSynced(path.join(dir, log), JSON.stringify(renames));
    await rename(path.join(dir, log), path.join(dir, COMMIT));
  }
  for (const { from, to } of renames) await rename(path.join(dir, from), path.join(dir, to));
  if (renames.length > 1) await rm(path.join(dir, COMMIT), { force: true });
}

/** Completes the renames of a commit that a crash interrupted. */
async function finishCommit(dir: string): Promise<void> {
  let renames: Rename[];
  try {
    renames = JSON.parse(await readFile(path.join(dir, COMMIT), 'utf8')) as Rename[];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const { from, to } of renames) {
    try {
      await rename(path.join(dir, from), path.join(dir, to));
    } catch (error) {
      // Already renamed before the crash.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  await rm(path.join(dir, COMMIT), { force: true });
}

const tempName = (name: string) => `${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;

async function writeSynced(file: string, content: string): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
