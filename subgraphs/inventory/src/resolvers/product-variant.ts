import type { ProductVariantResolvers } from '../__generated__/resolvers-types';

/** Variants belong to the products subgraph; any id is accepted, and one without stock has none. */
export const ProductVariant: ProductVariantResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  inventory: (variant, _, { loaders }) => loaders.variantInventory.load(variant.id),
};
