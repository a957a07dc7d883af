import { facetsOf } from '../../domain/facets';
import type { IndexSearchResult } from '../search-index';

interface Bucket {
  key: string | number;
  doc_count: number;
}

/** The parts of an Elasticsearch search response that buildSearchRequest asks for. */
export interface EsSearchResponse {
  hits: { total?: number | { value: number }; hits: { _id?: string | null; _score?: number | null }[] };
  aggregations?: Record<string, { buckets?: Bucket[] | Record<string, Bucket> } | undefined>;
}

const bucketsOf = (response: EsSearchResponse, name: string): Bucket[] => {
  const buckets = response.aggregations?.[name]?.buckets ?? [];
  return Array.isArray(buckets) ? buckets : Object.entries(buckets).map(([key, b]) => ({ ...b, key }));
};

/** Reads a response to buildSearchRequest's body into the index's result shape. */
export function parseSearchResponse(response: EsSearchResponse): IndexSearchResult {
  const total = response.hits.total;
  const price = new Map(bucketsOf(response, 'price').map((b) => [String(b.key), b.doc_count]));
  return {
    totalCount: typeof total === 'number' ? total : (total?.value ?? 0),
    hits: response.hits.hits.map((h) => ({ id: String(h._id), score: h._score ?? 0 })),
    facets: facetsOf(
      bucketsOf(response, 'category').map((b) => [String(b.key), b.doc_count]),
      bucketsOf(response, 'brand').map((b) => [String(b.key), b.doc_count]),
      (bucket) => price.get(bucket.key) ?? 0,
    ),
  };
}
