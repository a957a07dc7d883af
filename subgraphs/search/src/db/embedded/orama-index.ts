import { count, create, insertMultiple, search, upsert } from '@orama/orama';
import type { Logger } from '@shop/kit';
import { compareHits, facetsOf } from '../../domain/facets';
import type { IndexedProduct, ProductDoc, SearchIndex, StockState } from '../search-index';
import { fromOramaFacets, ORAMA_FACETS, ORAMA_SCHEMA, TEXT_BOOST, TEXT_PROPERTIES, toOramaProduct, toOramaWhere, TYPO_TOLERANCE } from './orama-query';
import { createSnapshotWriter, readSnapshot, type IndexSnapshot } from './snapshot';

export interface EmbeddedIndexOptions {
  /** Folder for the JSON snapshot; everything stays in memory when absent. */
  dataDir?: string;
  logger: Logger;
}

const NO_STOCK = { available: 0, inStock: false };

/**
 * The default index: Orama in process (BM25, typo tolerance, facets, where filters). The product
 * and stock maps are the source of truth, persisted as a JSON snapshot; the Orama index is derived
 * from them and rebuilt on start.
 */
export async function openEmbeddedIndex(options: EmbeddedIndexOptions): Promise<SearchIndex> {
  const products = new Map<string, ProductDoc>();
  const stock = new Map<string, StockState>();
  const db = create({ schema: ORAMA_SCHEMA });

  const indexed = (p: ProductDoc): IndexedProduct => {
    const s = stock.get(p.id) ?? NO_STOCK;
    return { ...p, available: s.available, inStock: s.inStock };
  };

  if (options.dataDir) {
    const snapshot = await readSnapshot(options.dataDir);
    for (const p of snapshot.products) products.set(p.id, p);
    for (const [id, s] of Object.entries(snapshot.stock)) stock.set(id, s);
    const docs = Array.from(products.values(), (p) => toOramaProduct(indexed(p)));
    if (docs.length) await insertMultiple(db, docs);
    options.logger.info('search index loaded', { products: products.size, dataDir: options.dataDir });
  }
  const take = (): IndexSnapshot => ({ version: 1, products: [...products.values()], stock: Object.fromEntries(stock) });
  const snapshots = options.dataDir
    ? createSnapshotWriter(options.dataDir, take, (error) => options.logger.error('search snapshot write failed', { error }))
    : undefined;

  // Writes run one at a time so that the compare-then-write of `asOf` is never interleaved.
  let writes: Promise<unknown> = Promise.resolve();
  const serially = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = writes.then(fn);
    writes = run.catch(() => {});
    return run;
  };
  const reindex = async (p: ProductDoc) => {
    await upsert(db, toOramaProduct(indexed(p)));
  };

  return {
    upsertProducts: (docs) =>
      serially(async () => {
        let changed = false;
        for (const doc of docs) {
          const current = products.get(doc.id);
          if (current && current.asOf > doc.asOf) continue;
          products.set(doc.id, doc);
          await reindex(doc);
          changed = true;
        }
        if (changed) snapshots?.changed();
      }),

    setStock: (productId, available, inStock, asOf) =>
      serially(async () => {
        const current = stock.get(productId);
        if (current && current.asOf > asOf) return;
        stock.set(productId, { available, inStock, asOf });
        const product = products.get(productId);
        if (product) await reindex(product);
        snapshots?.changed();
      }),

    async search({ query, filters, offset, limit }) {
      const total = count(db);
      const where = toOramaWhere(filters, () => new Set(Array.from(products.values(), (p) => p.priceMinor)));
      if (total === 0 || where === 'none') return { totalCount: 0, hits: [], facets: facetsOf([], [], () => 0) };
      // Every match is fetched so that ties can be ordered by id: Orama alone orders them by
      // insertion, which the Elasticsearch index cannot reproduce. Cheap at embedded scale.
      const result = await search(db, {
        // Browsing passes no term: an empty term with typo tolerance would score arbitrary tokens.
        ...(query ? { term: query, properties: [...TEXT_PROPERTIES], boost: TEXT_BOOST, tolerance: TYPO_TOLERANCE } : {}),
        where: where as never,
        facets: ORAMA_FACETS as never,
        limit: total,
        offset: 0,
      });
      const hits = result.hits.map((h) => ({ id: String(h.id), score: query ? h.score : 0 })).sort(compareHits);
      return { totalCount: result.count, hits: hits.slice(offset, offset + limit), facets: fromOramaFacets(result.facets as never) };
    },

    get: async (id) => {
      const p = products.get(id);
      return p && indexed(p);
    },
    count: async () => count(db),
    ping: async () => {},
    async close() {
      await writes;
      await snapshots?.flush();
    },
  };
}
