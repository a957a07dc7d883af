import { toMoney } from '@shop/kit';
import type { ProductVariantResolvers } from '../__generated__/resolvers-types';

export const ProductVariant: ProductVariantResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.variantById.load(ref.id),
  price: (variant) => toMoney(variant.priceMinor, variant.currencyCode),
  product: async (variant, _, { loaders }) => {
    const product = await loaders.productById.load(variant.productId);
    if (!product) throw new Error(`Product ${variant.productId} of variant ${variant.id} is missing.`);
    return product;
  },
};
