import type { CategoryResolvers } from '../__generated__/resolvers-types';
import type { CategoryRow } from '../domain/catalog';

export const Category: CategoryResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.categoryById.load(ref.id),
  parent: (category, _, { loaders }) => (category.parentId ? loaders.categoryById.load(category.parentId) : null),
  children: (category, _, { loaders }) => loaders.childrenByCategory.load(category.id),
  ancestors: async (category, _, { loaders }) =>
    (await loaders.categoryById.loadMany(category.ancestorIds)).filter((c): c is CategoryRow => c !== null && !(c instanceof Error)),
};
