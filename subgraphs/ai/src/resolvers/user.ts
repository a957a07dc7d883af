import type { UserResolvers } from '../__generated__/resolvers-types';
import { assertMayReadRecommendationsOf } from '../domain/access';
import { DEFAULT_USER_RECOMMENDATIONS, recommendationCount } from '../domain/recommendations';

/** Users belong to the users subgraph; ai only knows them by the orders they placed. */
export const User: UserResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  recommendedProducts: (user, { first }, { identity, loaders }) => {
    assertMayReadRecommendationsOf(identity, user.id);
    return loaders.userRecommendations.load({ id: user.id, first: recommendationCount(first, DEFAULT_USER_RECOMMENDATIONS) });
  },
};
