import { createBatchLoader, createGroupLoader } from '@shop/kit';
import type { ProductStore } from './db/product-store';

/**
 * Made once per request: each `_entities` batch of products, variants or categories is one store
 * call, and so is each level of Category.children.
 */
export function createLoaders(store: ProductStore) {
  return {
    productById: createBatchLoader(
      (ids: readonly string[]) => store.findByIds(ids),
      (p) => p.id,
    ),
    variantById: createBatchLoader(
      (ids: readonly string[]) => store.variantsByIds(ids),
      (v) => v.id,
    ),
    categoryById: createBatchLoader(
      (ids: readonly string[]) => store.categoriesByIds(ids),
      (c) => c.id,
    ),
    childrenByCategory: createGroupLoader(
      (ids: readonly string[]) => store.childrenOf(ids),
      (c) => c.parentId!,
    ),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
