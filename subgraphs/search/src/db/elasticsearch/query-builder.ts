import esb from 'elastic-builder';
import { PRICE_BUCKETS, TERM_FACET_SIZE } from '../../domain/facets';
import type { SearchFilters, SearchParams } from '../search-index';

/** Name matters most, then brand and category; the description only breaks ties (as in the embedded index). */
export const TEXT_FIELDS = ['name^3', 'brand^2', 'categoryName^1.5', 'description'];

/**
 * The Elasticsearch request body for a search: BM25 over the text fields with AUTO fuzziness
 * (typo tolerance), filters that do not score, facet aggregations over every match and a total
 * order (score, then id) so that from/size pages never overlap.
 */
export function buildSearchRequest(params: SearchParams): Record<string, unknown> {
  const query = esb.boolQuery().filter(buildFilters(params.filters));
  if (params.query) {
    query.must(esb.multiMatchQuery(TEXT_FIELDS, params.query).type('best_fields').operator('or').fuzziness('AUTO'));
  }
  return esb
    .requestBodySearch()
    .query(query)
    .from(params.offset)
    .size(params.limit)
    .sorts([esb.sort('_score', 'desc'), esb.sort('id', 'asc')])
    .trackScores(true)
    .trackTotalHits(true)
    .source(false)
    .agg(termsFacet('category', 'categoryName.keyword'))
    .agg(termsFacet('brand', 'brand.keyword'))
    .agg(
      esb
        .rangeAggregation('price', 'priceMinor')
        // Elasticsearch ranges include `from` and exclude `to`, exactly the buckets' meaning.
        .ranges(PRICE_BUCKETS.map((b) => (b.toMinor === undefined ? { key: b.key, from: b.fromMinor } : { key: b.key, from: b.fromMinor, to: b.toMinor }))),
    )
    .toJSON() as Record<string, unknown>;
}

/** Non-scoring clauses; stock-only placeholders (stock that arrived before its product) never match. */
export function buildFilters(filters: SearchFilters): esb.Query[] {
  const clauses: esb.Query[] = [esb.termQuery('hasProduct', true)];
  if (filters.categoryIds?.length) clauses.push(esb.termsQuery('categoryIds', filters.categoryIds));
  if (filters.brands?.length) clauses.push(esb.termsQuery('brand.keyword', filters.brands));
  if (filters.minPriceMinor !== undefined || filters.maxPriceMinor !== undefined) {
    const range = esb.rangeQuery('priceMinor');
    if (filters.minPriceMinor !== undefined) range.gte(filters.minPriceMinor);
    if (filters.maxPriceMinor !== undefined) range.lte(filters.maxPriceMinor);
    clauses.push(range);
  }
  if (filters.inStock !== undefined) clauses.push(esb.termQuery('inStock', filters.inStock));
  return clauses;
}

function termsFacet(name: string, field: string) {
  return esb.termsAggregation(name, field).size(TERM_FACET_SIZE).order('_count', 'desc').order('_key', 'asc');
}
