import type { ProductResolvers } from '../__generated__/resolvers-types';
import { DEFAULT_PRODUCT_RECOMMENDATIONS, recommendationCount } from '../domain/recommendations';

/** Products belong to the products subgraph; any id is accepted (one ai never heard of gets best sellers). */
export const Product: ProductResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  recommendations: async (product, { first }, { loaders }) =>
    (await loaders.productRecommendations.load({ id: product.id, first: recommendationCount(first, DEFAULT_PRODUCT_RECOMMENDATIONS) })).map((r) => r.product),
  recommendationsExplained: (product, { first }, { loaders }) =>
    loaders.productRecommendations.load({ id: product.id, first: recommendationCount(first, DEFAULT_PRODUCT_RECOMMENDATIONS) }),
};
