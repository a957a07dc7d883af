import type { ProductResolvers } from '../__generated__/resolvers-types';

/** Products belong to the products subgraph; any id is accepted, and one without stock has none. */
export const Product: ProductResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  inventory: (product, _, { loaders }) => loaders.productInventory.load(product.id),
};
