import { toMoney } from '@shop/kit';
import type { ProductConnectionResolvers, ProductResolvers } from '../__generated__/resolvers-types';
import { variantRows } from '../domain/catalog';

export const Product: ProductResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.productById.load(ref.id),
  category: async (product, _, { loaders }) => {
    const category = await loaders.categoryById.load(product.categoryId);
    // Products only ever point at existing categories; a miss is a broken store, not a null.
    if (!category) throw new Error(`Category ${product.categoryId} of product ${product.id} is missing.`);
    return category;
  },
  price: (product) => toMoney(product.priceMinor, product.currencyCode),
  variants: (product) => variantRows(product),
  createdAt: (product) => new Date(product.createdAt).toISOString(),
};

export const ProductConnection: ProductConnectionResolvers = {
  totalCount: (page) => page.totalCount(),
};
