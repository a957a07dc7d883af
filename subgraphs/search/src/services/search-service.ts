import type { SearchIndex } from '../db/search-index';
import { offsetCursor, toSearchParams, type SearchArgs } from '../domain/search-input';

export interface SearchResult {
  totalCount: number;
  hits: { score: number; product: { id: string } }[];
  facets: { name: string; values: { value: string; count: number }[] }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Query.search: validated arguments in, one index call, a page with facets out. */
export function createSearchService(index: SearchIndex) {
  return {
    async search(args: SearchArgs): Promise<SearchResult> {
      const params = toSearchParams(args);
      const result = await index.search(params);
      const next = params.offset + result.hits.length;
      return {
        totalCount: result.totalCount,
        hits: result.hits.map((h) => ({ score: h.score, product: { id: h.id } })),
        facets: result.facets,
        pageInfo: { hasNextPage: next < result.totalCount, endCursor: result.hits.length ? offsetCursor(next) : null },
      };
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
