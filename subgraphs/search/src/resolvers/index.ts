import type { Resolvers } from '../__generated__/resolvers-types';
import { Query } from './query';

/**
 * Only Query.search: SearchResult, SearchHit and Facet are plain objects the service builds, and
 * Product is a reference this subgraph does not resolve (the gateway asks its owners for fields).
 */
export const resolvers: Resolvers = { Query };
