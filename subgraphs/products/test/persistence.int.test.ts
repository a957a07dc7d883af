import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureIndexes } from '../src/db/documents';
import { openEmbeddedDatabase } from '../src/db/embedded-database';
import { createProductStore } from '../src/db/product-store';
import { createOutboxStore } from '../src/db/outbox-store';
import { CATEGORIES, product } from './helpers/fixtures';

describe('embedded document store on disk', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'products-persist-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const open = async () => {
    const db = await openEmbeddedDatabase({ dataDir: dir });
    await ensureIndexes(db);
    return { db, store: createProductStore(db), outbox: createOutboxStore(db) };
  };

  it('keeps products, categories, events and updates across a restart', async () => {
    const first = await open();
    await first.store.importCatalog(CATEGORIES, [product(1), product(2)], []);
    const [p1] = await first.store.findByIds(['prd_001']);
    await first.store.update({ ...p1!, name: 'Renamed' }, [
      { id: 'evt-1', type: 'product.updated', version: 1, occurredAt: '2026-01-01T00:00:00.000Z', payload: {} },
    ]);
    await first.db.close();
    expect((await readdir(dir)).sort()).toEqual(['categories.json', 'outbox.json', 'products.json']);

    const second = await open();
    expect(await second.store.count({})).toBe(2);
    expect((await second.store.findByIds(['prd_001']))[0]).toMatchObject({ name: 'Renamed', revision: 1 });
    expect((await second.store.categories()).map((c) => c.id)).toContain('cat_ultralight');
    expect(await second.outbox.unpublishedCount()).toBe(1);
    // Unique indexes are rebuilt on open and still hold.
    expect(await second.store.create({ ...product(3), slug: 'product-2' }, [])).toEqual({ ok: false, conflict: 'slug' });
    await second.db.close();
  });

  it('writes nothing to disk for a write that failed', async () => {
    const first = await open();
    await first.store.importCatalog(CATEGORIES, [product(1)], []);
    const before = await readFile(path.join(dir, 'products.json'), 'utf8');
    expect(await first.store.create({ ...product(2), slug: 'product-1' }, [])).toEqual({ ok: false, conflict: 'slug' });
    expect(await readFile(path.join(dir, 'products.json'), 'utf8')).toBe(before);
    await first.db.close();
  });

  it('finishes a two-collection commit that a crash interrupted, and drops unfinished temp files', async () => {
    const first = await open();
    await first.store.importCatalog(CATEGORIES, [product(1)], []);
    await first.db.close();
    // A crash after the commit log was written and one of its two renames was done:
    const staged = (docs: unknown[]) => JSON.stringify({ format: 1, documents: docs });
    await writeFile(path.join(dir, 'outbox.json.1.aaaa.tmp'), staged([{ _id: 'e1', eventId: 'e1', publishedAt: null, seq: 1 }]));
    await writeFile(path.join(dir, 'products.json'), staged([]));
    await writeFile(
      path.join(dir, 'COMMIT'),
      JSON.stringify([
        { from: 'products.json.1.bbbb.tmp', to: 'products.json' },
        { from: 'outbox.json.1.aaaa.tmp', to: 'outbox.json' },
      ]),
    );
    await writeFile(path.join(dir, 'orphan.json.2.cccc.tmp'), 'half a fi');

    const second = await open();
    expect(await second.store.count({})).toBe(0);
    expect(await second.outbox.unpublishedCount()).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(['categories.json', 'outbox.json', 'products.json']);
    await second.db.close();
  });

  it('keeps everything in memory without a data folder', async () => {
    const db = await openEmbeddedDatabase();
    await createProductStore(db).importCatalog(CATEGORIES, [product(1)], []);
    const other = await openEmbeddedDatabase();
    expect(await createProductStore(other).count({})).toBe(0);
    await Promise.all([db.close(), other.close()]);
  });
});
