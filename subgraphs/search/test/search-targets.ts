import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from '@elastic/elasticsearch';
import { createLogger } from '@shop/kit';
import { openElasticsearchIndex } from '../src/db/elasticsearch/elasticsearch-index';
import { openEmbeddedIndex } from '../src/db/embedded/orama-index';
import type { SearchIndex } from '../src/db/search-index';

/** A real Elasticsearch for the contract suite; none runs on the development machine. */
export const TEST_ELASTICSEARCH_URL = process.env.TEST_ELASTICSEARCH_URL || undefined;
export const SKIP_ELASTICSEARCH_REASON = 'skipped: TEST_ELASTICSEARCH_URL is not set (real Elasticsearch)';

export interface OpenedTarget {
  index: SearchIndex;
  /** Closes the index and opens it again on the same storage (snapshot folder or ES index). */
  reopen(): Promise<SearchIndex>;
  destroy(): Promise<void>;
}

export interface SearchTarget {
  name: string;
  skip: string | false;
  open(): Promise<OpenedTarget>;
}

const logger = createLogger('silent');

export function searchTargets(): SearchTarget[] {
  return [
    {
      name: 'orama (embedded)',
      skip: false,
      async open() {
        const dataDir = await mkdtemp(path.join(tmpdir(), 'search-index-'));
        const opened: OpenedTarget = {
          index: await openEmbeddedIndex({ dataDir, logger }),
          async reopen() {
            await opened.index.close();
            opened.index = await openEmbeddedIndex({ dataDir, logger });
            return opened.index;
          },
          async destroy() {
            await opened.index.close();
            await rm(dataDir, { recursive: true, force: true });
          },
        };
        return opened;
      },
    },
    {
      name: TEST_ELASTICSEARCH_URL ? 'elasticsearch (real server)' : `elasticsearch (real server) — ${SKIP_ELASTICSEARCH_REASON}`,
      skip: TEST_ELASTICSEARCH_URL ? false : SKIP_ELASTICSEARCH_REASON,
      async open() {
        const url = TEST_ELASTICSEARCH_URL!;
        const indexName = `search_test_${randomBytes(5).toString('hex')}`;
        // Tests read their own writes, so writes wait for a refresh here (production does not).
        const openIndex = () => openElasticsearchIndex({ url, indexName, refresh: true, logger });
        const opened: OpenedTarget = {
          index: await openIndex(),
          async reopen() {
            await opened.index.close();
            opened.index = await openIndex();
            return opened.index;
          },
          async destroy() {
            await opened.index.close();
            const admin = new Client({ node: url });
            await admin.indices.delete({ index: indexName, ignore_unavailable: true });
            await admin.close();
          },
        };
        return opened;
      },
    },
  ];
}
