import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  product: (_, { id, slug }, { catalog }) => catalog.product({ id, slug }),
  products: (_, args, { catalog }) => catalog.products(args),
  categories: (_, __, { catalog }) => catalog.categories(),
  category: (_, { id, slug }, { catalog }) => catalog.category({ id, slug }),
};
