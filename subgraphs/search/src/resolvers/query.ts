import type { QueryResolvers } from '../__generated__/resolvers-types';

/** Search is public: anonymous shoppers browse the catalogue too. */
export const Query: QueryResolvers = {
  search: (_, args, { search }) => search.search(args),
};
