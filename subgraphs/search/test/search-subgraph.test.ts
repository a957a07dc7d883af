import { createLogger, DEMO_SECRETS, type StartedSubgraph } from '@shop/kit';
import { InMemoryEventBus, newEvent, type DomainEvent } from '@shop/stores';
import { anonymous, callSubgraph, customer, waitFor } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSearchSubgraph } from '../src/app';
import { offsetCursor } from '../src/domain/search-input';
import { demoDocs, demoProducts, productPayload, stockPayloads } from './fixtures';

const SEARCH = `query($query: String!, $first: Int, $after: String, $filters: SearchFilters) {
  search(query: $query, first: $first, after: $after, filters: $filters) {
    totalCount
    hits { score product { id } }
    facets { name values { value count } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface SearchResult {
  totalCount: number;
  hits: { score: number; product: { id: string } }[];
  facets: { name: string; values: { value: string; count: number }[] }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const at = (event: DomainEvent, occurredAt: Date): DomainEvent => ({ ...event, occurredAt: occurredAt.toISOString() });

describe('search subgraph', () => {
  let subgraph: StartedSubgraph;
  const bus = new InMemoryEventBus();
  const stock = stockPayloads();
  const inStockCount = stock.filter((s) => s.inStock).length;
  const search = async (variables: Record<string, unknown>, as: Parameters<typeof callSubgraph>[3] = anonymous) => {
    const res = await callSubgraph<{ search: SearchResult }>(subgraph.url, SEARCH, variables, as);
    return { result: res.data?.search, errors: res.errors };
  };
  const ids = (r: SearchResult | undefined) => r?.hits.map((h) => h.product.id) ?? [];

  beforeAll(async () => {
    subgraph = await startSearchSubgraph({ port: 0, gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET, logger: createLogger('silent'), seed: true, bus });
    // What the products and inventory subgraphs publish when they seed.
    await bus.publish(demoProducts.map((p) => newEvent('product.created', productPayload(p))));
    await bus.publish(stock.map((s) => newEvent('inventory.stock_changed', s)));
    await waitFor(async () => (await search({ query: '', first: 0, filters: { inStock: true } })).result?.totalCount === inStockCount, {
      timeoutMs: 30_000,
      message: 'the index to hold the catalogue and its stock',
    });
  });
  afterAll(async () => {
    await subgraph?.close();
    await bus.close();
  });

  it('reports the index on /health and refuses unsigned calls', async () => {
    const health = await fetch(subgraph.url.replace('/graphql', '/health'));
    expect(await health.json()).toMatchObject({ status: 'ok', subgraph: 'search', checks: { index: 'ok' } });
    const unsigned = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ search(query: \\"tent\\") { totalCount } }"}',
    });
    expect(unsigned.status).toBe(401);
  });

  it('finds products despite a typo, most relevant first, as product references', async () => {
    const { result, errors } = await search({ query: 'hedphones', first: 5 });
    expect(errors).toBeUndefined();
    const named = new Set(demoDocs.filter((d) => /Headphones/.test(d.name)).map((d) => d.id));
    expect(result!.totalCount).toBe(demoDocs.filter((d) => d.categoryId === 'cat_headphones').length);
    expect(ids(result).every((id) => named.has(id))).toBe(true);
    expect(result!.hits[0]!.score).toBeGreaterThan(0);
    expect(result!.facets.map((f) => f.name)).toEqual(['category', 'brand', 'price']);
    expect(result!.facets[0]!.values).toEqual([{ value: 'Headphones', count: result!.totalCount }]);
    expect(result!.pageInfo).toEqual({ hasNextPage: true, endCursor: offsetCursor(5) });
  });

  it('applies filters given as GraphQL input', async () => {
    const { result } = await search(
      { query: '', first: 100, filters: { categoryIds: ['cat_outdoors'], brands: ['Ridgeline'], minPrice: '25', maxPrice: '100.00', inStock: true } },
      customer('usr_0001'),
    );
    const inStock = new Set(stock.filter((s) => s.inStock).map((s) => s.productId));
    const expected = demoDocs.filter(
      (d) => d.categoryIds.includes('cat_outdoors') && d.brand === 'Ridgeline' && d.priceMinor >= 2500 && d.priceMinor <= 10000 && inStock.has(d.id),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(result!.totalCount).toBe(expected.length);
    expect(ids(result)).toEqual(expected.map((d) => d.id).sort());
    expect(result!.facets[1]!.values).toEqual([{ value: 'Ridgeline', count: expected.length }]);
  });

  it('pages through everything with cursors, without duplicates', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const { result } = await search({ query: '', first: 100, after });
      seen.push(...ids(result));
      if (!result!.pageInfo.hasNextPage) break;
      after = result!.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(520);
    expect(new Set(seen).size).toBe(520);
  });

  it('answers bad input with BAD_USER_INPUT', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ query: '', first: 101 }, 'first'],
      [{ query: '', after: 'garbage' }, 'after'],
      [{ query: '', filters: { minPrice: 'ten' } }, 'filters.minPrice'],
      [{ query: '', filters: { minPrice: '50', maxPrice: '10' } }, 'filters.minPrice'],
      [{ query: 'x'.repeat(201) }, 'query'],
    ];
    for (const [variables, field] of cases) {
      const { result, errors } = await search(variables);
      expect(result).toBeUndefined();
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('makes one index call per search, whatever the page size', async () => {
    subgraph.resetQueryCount();
    await search({ query: 'tent', first: 100, filters: { inStock: true } });
    expect(subgraph.queryCount()).toBe(1);
  });

  it('applies a redelivered stock event once and ignores an older one', async () => {
    const id = demoDocs[0]!.id;
    const later = new Date(Date.now() + 60_000);
    const soldOut = at(newEvent('inventory.stock_changed', { productId: id, available: 0, inStock: false }), later);
    const stale = at(newEvent('inventory.stock_changed', { productId: id, available: 50, inStock: true }), new Date(later.getTime() - 1_000));
    await bus.publish([soldOut, soldOut, stale]);
    await bus.idle();
    const { result } = await search({ query: '', first: 100, filters: { inStock: false } });
    expect(ids(result)).toContain(id);
    expect(ids((await search({ query: '', first: 100, filters: { inStock: true } })).result)).not.toContain(id);
  });

  it('holds stock that arrives before its product, and follows product updates', async () => {
    await bus.publish([newEvent('inventory.stock_changed', { productId: 'prd_9001', available: 9, inStock: true })]);
    await bus.idle();
    expect((await search({ query: 'quokka' })).result!.totalCount).toBe(0);
    const base = productPayload(demoProducts[1]!, { id: 'prd_9001', slug: 'quokka-lantern', name: 'Quokka Lantern' });
    await bus.publish([newEvent('product.created', base)]);
    await waitFor(async () => ids((await search({ query: 'quokka', filters: { inStock: true } })).result).includes('prd_9001'), {
      message: 'prd_9001 to be searchable',
    });
    await bus.publish([newEvent('product.updated', { product: { ...base.product, name: 'Wombat Lantern' } })]);
    await waitFor(async () => (await search({ query: 'quokka' })).result?.totalCount === 0, { message: 'the old name to disappear' });
    expect(ids((await search({ query: 'wombat' })).result)).toEqual(['prd_9001']);
  });
});
