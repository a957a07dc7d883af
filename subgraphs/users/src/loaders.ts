import { createBatchLoader, createGroupLoader } from '@shop/kit';
import type { UserStore } from './db/user-store';

/** Made once per request: each `_entities` batch of users is one query. */
export function createLoaders(store: UserStore) {
  return {
    userById: createBatchLoader(
      (ids: readonly string[]) => store.findByIds(ids),
      (u) => u.id,
    ),
    addressesByUser: createGroupLoader(
      (ids: readonly string[]) => store.addressesOf(ids),
      (a) => a.userId,
    ),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
