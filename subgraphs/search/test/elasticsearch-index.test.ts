import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '@shop/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openElasticsearchIndex } from '../src/db/elasticsearch/elasticsearch-index';
import { INDEX_MAPPINGS } from '../src/db/elasticsearch/mapping';
import { buildSearchRequest } from '../src/db/elasticsearch/query-builder';
import type { SearchIndex } from '../src/db/search-index';
import { demoDocs } from './fixtures';

interface Recorded {
  method: string;
  path: string;
  body: string;
}

/**
 * The adapter's wiring (which endpoints, which bodies, how answers are read) against a recording
 * stand-in, since no Elasticsearch runs here. Behaviour is proven by the contract suite whenever
 * TEST_ELASTICSEARCH_URL points at a real server.
 */
describe('Elasticsearch adapter wiring (recording stand-in server)', () => {
  const requests: Recorded[] = [];
  let server: Server;
  let index: SearchIndex;
  const answer = (method: string, path: string): [number, unknown] => {
    if (method === 'HEAD' && path === '/shop_products') return [404, {}];
    if (method === 'PUT' && path === '/shop_products') return [200, { acknowledged: true }];
    if (path.startsWith('/_bulk')) return [200, { errors: false, items: [{ update: { status: 200, result: 'updated' } }] }];
    if (path.startsWith('/shop_products/_update/')) return [200, { result: 'noop' }];
    if (path === '/shop_products/_search') return [200, { hits: { total: { value: 1 }, hits: [{ _id: 'prd_0001', _score: 2 }] }, aggregations: {} }];
    if (path === '/shop_products/_count') return [200, { count: 7 }];
    if (path === '/shop_products/_doc/prd_0001')
      return [200, { found: true, _source: { ...stored, productAsOf: 5, stockAsOf: 6, hasProduct: true, available: 3, inStock: true } }];
    if (path === '/shop_products/_doc/prd_stock_only')
      return [200, { found: true, _source: { id: 'prd_stock_only', available: 3, inStock: true, stockAsOf: 6, hasProduct: false } }];
    if (path.startsWith('/shop_products/_doc/')) return [404, { found: false }];
    if (path.startsWith('/_cluster/health')) return [200, { status: 'yellow' }];
    return [400, { error: { type: 'unexpected', reason: `${method} ${path}` } }];
  };
  const { asOf: _asOf, ...stored } = demoDocs[0]!;

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const path = (req.url ?? '').split('?')[0]!;
        requests.push({ method: req.method ?? '', path: req.url ?? '', body });
        const [status, json] = answer(req.method ?? '', path);
        res.writeHead(status, { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' });
        res.end(req.method === 'HEAD' ? undefined : JSON.stringify(json));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    index = await openElasticsearchIndex({ url, indexName: 'shop_products', logger: createLogger('silent') });
  });
  afterAll(async () => {
    await index?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  const last = () => requests.at(-1)!;

  it('creates the index with its mapping when it does not exist', () => {
    expect(requests.slice(0, 2).map((r) => `${r.method} ${r.path}`)).toEqual(['HEAD /shop_products', 'PUT /shop_products']);
    expect(JSON.parse(requests[1]!.body)).toEqual({ settings: { number_of_shards: 1 }, mappings: INDEX_MAPPINGS });
  });

  it('upserts products in one bulk request', async () => {
    await index.upsertProducts(demoDocs.slice(0, 2));
    expect(last().method).toBe('POST');
    expect(last().path).toMatch(/^\/_bulk/);
    const lines = last()
      .body.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual({ update: { _index: 'shop_products', _id: demoDocs[0]!.id, retry_on_conflict: 3 } });
    expect(lines[1].script.params.doc).toMatchObject({ id: demoDocs[0]!.id, productAsOf: demoDocs[0]!.asOf });
    const before = requests.length;
    await index.upsertProducts([]);
    expect(requests).toHaveLength(before);
  });

  it('sets stock through a scripted update', async () => {
    await index.setStock('prd_0001', 3, true, 6);
    expect(last().path).toMatch(/^\/shop_products\/_update\/prd_0001\?retry_on_conflict=3/);
    expect(JSON.parse(last().body)).toMatchObject({
      scripted_upsert: true,
      upsert: {},
      script: { params: { id: 'prd_0001', available: 3, inStock: true, asOf: 6 } },
    });
  });

  it('sends the built search body and reads the answer', async () => {
    const params = { query: 'hedphones', filters: { inStock: true }, offset: 0, limit: 5 };
    const result = await index.search(params);
    expect(JSON.parse(last().body)).toEqual(buildSearchRequest(params));
    expect(result).toMatchObject({ totalCount: 1, hits: [{ id: 'prd_0001', score: 2 }] });
  });

  it('reads a product back without its bookkeeping fields, and hides stock-only placeholders', async () => {
    expect(await index.get('prd_0001')).toEqual({ ...demoDocs[0]!, asOf: 5, available: 3, inStock: true });
    expect(await index.get('prd_stock_only')).toBeUndefined();
    expect(await index.get('prd_missing')).toBeUndefined();
  });

  it('counts only products and pings the cluster', async () => {
    expect(await index.count()).toBe(7);
    expect(JSON.parse(last().body)).toEqual({ query: { term: { hasProduct: true } } });
    await expect(index.ping()).resolves.toBeUndefined();
  });

  it('fails a bulk upsert that Elasticsearch rejects, so the event is retried', async () => {
    server.removeAllListeners('request');
    server.on('request', (req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' });
        res.end(JSON.stringify({ errors: true, items: [{ update: { status: 400, error: { type: 'mapper_parsing_exception', reason: 'bad field' } } }] }));
      });
    });
    await expect(index.upsertProducts(demoDocs.slice(0, 1))).rejects.toThrow(/mapper_parsing_exception: bad field/);
  });
});
