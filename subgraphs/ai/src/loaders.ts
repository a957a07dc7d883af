import DataLoader from 'dataloader';
import type { EntityRef } from './domain/entity-ref';
import type { RecommendationKey, RecommendationService } from './services/recommendation-service';

const keyOf = (key: RecommendationKey) => `${key.first}:${key.id}`;

/**
 * Made once per request. Keys carry `first`, so one `_entities` batch asking for different sizes
 * is still one batch (ranked at the largest size, cut per key).
 */
export function createLoaders(service: RecommendationService) {
  return {
    productRecommendations: new DataLoader<RecommendationKey, EntityRef[], string>((keys) => service.forProducts(keys), {
      cacheKeyFn: keyOf,
      maxBatchSize: 1000,
    }),
    userRecommendations: new DataLoader<RecommendationKey, EntityRef[], string>((keys) => service.forUsers(keys), { cacheKeyFn: keyOf, maxBatchSize: 1000 }),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
