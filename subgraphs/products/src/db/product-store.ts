import type { DomainEvent } from '@shop/stores';
import { variantRows, type CategoryRow, type ProductRow, type VariantRow } from '../domain/catalog';
import { buildProductFilter, buildProductQuery, type ProductCriteria, type ProductCursor, type ProductSort } from '../domain/product-query';
import { duplicateKeyField, type DocumentDatabase } from './document-collection';
import {
  COLLECTIONS,
  fromCategoryDocument,
  fromProductDocument,
  toCategoryDocument,
  toProductDocument,
  type CategoryDocument,
  type ProductDocument,
} from './documents';
import { writeWithEvents } from './outbox-store';

/** Why a write was refused. */
export type WriteConflict = 'slug' | 'sku' | 'id' | 'revision';
export type WriteResult = { ok: true; product: ProductRow } | { ok: false; conflict: WriteConflict };

/** What the products subgraph needs from its store. Every method is one round trip. */
export interface ProductStore {
  findByIds(ids: readonly string[]): Promise<ProductRow[]>;
  findBySlug(slug: string): Promise<ProductRow | undefined>;
  /** Up to `limit` products after `after` in `sort` order. */
  list(query: { criteria: ProductCriteria; sort: ProductSort; after?: ProductCursor; limit: number }): Promise<ProductRow[]>;
  count(criteria: ProductCriteria): Promise<number>;
  /** Every category, roots first. */
  categories(): Promise<CategoryRow[]>;
  categoriesByIds(ids: readonly string[]): Promise<CategoryRow[]>;
  categoryBySlug(slug: string): Promise<CategoryRow | undefined>;
  childrenOf(parentIds: readonly string[]): Promise<CategoryRow[]>;
  variantsByIds(ids: readonly string[]): Promise<VariantRow[]>;
  /** Inserts a product and its events atomically; refuses a taken slug, SKU or id. */
  create(product: ProductRow, events: DomainEvent[]): Promise<WriteResult>;
  /**
   * Replaces a product and records its events atomically, if it is still at `product.revision`;
   * the stored revision goes up by one. `revision` conflict: changed or deleted since it was read.
   */
  update(product: ProductRow, events: DomainEvent[]): Promise<WriteResult>;
  /** Loads a whole catalogue (the demo data) with its events in one go. */
  importCatalog(categories: CategoryRow[], products: ProductRow[], events: DomainEvent[]): Promise<void>;
}

const CONFLICTS: Record<string, WriteConflict> = { slug: 'slug', 'variants.sku': 'sku', _id: 'id', 'variants.id': 'id' };

/** Maps a unique-index violation to a conflict; anything else is not ours to handle. */
async function refusingDuplicates(write: () => Promise<WriteResult>): Promise<WriteResult> {
  try {
    return await write();
  } catch (error) {
    const field = duplicateKeyField(error);
    if (field === undefined) throw error;
    return { ok: false, conflict: CONFLICTS[field] ?? 'id' };
  }
}

export function createProductStore(db: DocumentDatabase): ProductStore {
  const products = db.collection<ProductDocument>(COLLECTIONS.products);
  const categories = db.collection<CategoryDocument>(COLLECTIONS.categories);
  const manyProducts = async (filter: Record<string, unknown>) => (await products.find(filter)).map(fromProductDocument);
  const manyCategories = async (filter: Record<string, unknown>) =>
    (await categories.find(filter, { sort: { depth: 1, name: 1, _id: 1 } })).map(fromCategoryDocument);

  return {
    findByIds: (ids) => (ids.length ? manyProducts({ _id: { $in: [...ids] } }) : Promise.resolve([])),
    findBySlug: async (slug) => (await manyProducts({ slug }))[0],
    async list({ criteria, sort, after, limit }) {
      const query = buildProductQuery(criteria, sort, after);
      return (await products.find(query.filter, { sort: query.sort, limit })).map(fromProductDocument);
    },
    count: (criteria) => products.count(buildProductFilter(criteria)),
    categories: () => manyCategories({}),
    categoriesByIds: (ids) => (ids.length ? manyCategories({ _id: { $in: [...ids] } }) : Promise.resolve([])),
    categoryBySlug: async (slug) => (await manyCategories({ slug }))[0],
    childrenOf: (parentIds) => (parentIds.length ? manyCategories({ parentId: { $in: [...parentIds] } }) : Promise.resolve([])),
    async variantsByIds(ids) {
      if (!ids.length) return [];
      const wanted = new Set(ids);
      const owners = await manyProducts({ 'variants.id': { $in: [...ids] } });
      return owners.flatMap(variantRows).filter((v) => wanted.has(v.id));
    },
    create: (product, events) =>
      refusingDuplicates(async () => {
        await writeWithEvents(db, events, (scope) => scope.collection<ProductDocument>(COLLECTIONS.products).insertMany([toProductDocument(product)]));
        return { ok: true, product };
      }),
    update: (product, events) =>
      refusingDuplicates(async () => {
        const { _id, ...fields } = toProductDocument(product);
        const { revision, ...changes } = fields;
        const updated = await writeWithEvents(db, events, async (scope) => {
          const doc = await scope
            .collection<ProductDocument>(COLLECTIONS.products)
            .findOneAndUpdate({ _id, revision }, { $set: changes, $inc: { revision: 1 } });
          // No match: stale or gone. Throwing aborts the transaction (or withdraws the events).
          if (!doc) throw new StaleRevision();
          return doc;
        }).catch((error: unknown) => (error instanceof StaleRevision ? null : Promise.reject(error)));
        return updated ? { ok: true, product: fromProductDocument(updated) } : { ok: false, conflict: 'revision' };
      }),
    async importCatalog(categoryRows, productRows, events) {
      await writeWithEvents(db, events, async (scope) => {
        await scope.collection<CategoryDocument>(COLLECTIONS.categories).insertMany(categoryRows.map(toCategoryDocument));
        await scope.collection<ProductDocument>(COLLECTIONS.products).insertMany(productRows.map(toProductDocument));
      });
    },
  };
}

class StaleRevision extends Error {}
