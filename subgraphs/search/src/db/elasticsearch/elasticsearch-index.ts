import { Client, errors } from '@elastic/elasticsearch';
import type { Logger } from '@shop/kit';
import type { IndexedProduct, SearchIndex } from '../search-index';
import { INDEX_MAPPINGS, INDEX_SETTINGS, productUpsertOperations, stockUpdateRequest } from './mapping';
import { buildSearchRequest } from './query-builder';
import { parseSearchResponse, type EsSearchResponse } from './response';

export interface ElasticsearchIndexOptions {
  url: string;
  /** Defaults to `products`. */
  indexName?: string;
  /**
   * Whether writes wait for a refresh. Production leaves it off (searches see writes within the
   * refresh interval, about a second); tests turn it on to read their own writes.
   */
  refresh?: boolean | 'wait_for';
  logger: Logger;
}

export const DEFAULT_INDEX_NAME = 'products';

type StoredDoc = Omit<IndexedProduct, 'asOf'> & { productAsOf: number; stockAsOf?: number; hasProduct: boolean };

/** The production index: Elasticsearch, created with its mapping on first start. */
export async function openElasticsearchIndex(options: ElasticsearchIndexOptions): Promise<SearchIndex> {
  const index = options.indexName ?? DEFAULT_INDEX_NAME;
  const refresh = options.refresh ?? false;
  const client = new Client({ node: options.url, requestTimeout: 10_000 });
  try {
    await ensureIndex(client, index, options.logger);
  } catch (error) {
    await client.close();
    throw error;
  }
  const searchable = { term: { hasProduct: true } };

  return {
    async upsertProducts(docs) {
      if (!docs.length) return;
      const response = await client.bulk({ operations: productUpsertOperations(index, docs), refresh });
      if (response.errors) {
        const failed = response.items.map((item) => item.update?.error).find(Boolean);
        throw new Error(`Elasticsearch bulk upsert failed: ${failed?.type ?? 'unknown'}: ${failed?.reason ?? ''}`);
      }
    },
    async setStock(productId, available, inStock, asOf) {
      await client.update({ ...stockUpdateRequest(index, productId, available, inStock, asOf), refresh });
    },
    async search(params) {
      const response = await client.search({ index, ...buildSearchRequest(params) });
      return parseSearchResponse(response as unknown as EsSearchResponse);
    },
    async get(id) {
      try {
        const { _source } = await client.get<StoredDoc>({ index, id });
        if (!_source?.hasProduct) return undefined;
        const { productAsOf, stockAsOf: _stockAsOf, hasProduct: _hasProduct, ...product } = _source;
        return { ...product, asOf: productAsOf };
      } catch (error) {
        if (error instanceof errors.ResponseError && error.statusCode === 404) return undefined;
        throw error;
      }
    },
    count: async () => (await client.count({ index, query: searchable })).count,
    async ping() {
      const health = await client.cluster.health({ index, timeout: '2s' });
      if (health.status === 'red') throw new Error(`index ${index} is red`);
    },
    close: () => client.close(),
  };
}

async function ensureIndex(client: Client, index: string, logger: Logger) {
  if (await client.indices.exists({ index })) return;
  try {
    await client.indices.create({ index, settings: INDEX_SETTINGS, mappings: INDEX_MAPPINGS });
    logger.info('created search index', { index });
  } catch (error) {
    // Another replica created it first.
    if (error instanceof errors.ResponseError && error.body?.error?.type === 'resource_already_exists_exception') return;
    throw error;
  }
}
