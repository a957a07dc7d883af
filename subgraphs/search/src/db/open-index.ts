import type { Logger } from '@shop/kit';
import { openElasticsearchIndex } from './elasticsearch/elasticsearch-index';
import { openEmbeddedIndex } from './embedded/orama-index';
import type { SearchIndex } from './search-index';

/** Elasticsearch when a URL is given, the embedded Orama index (in `dataDir`, or in memory) otherwise. */
export function openSearchIndex(options: { elasticsearchUrl?: string; dataDir?: string; logger: Logger }): Promise<SearchIndex> {
  if (options.elasticsearchUrl) return openElasticsearchIndex({ url: options.elasticsearchUrl, logger: options.logger });
  return openEmbeddedIndex({ dataDir: options.dataDir, logger: options.logger });
}
