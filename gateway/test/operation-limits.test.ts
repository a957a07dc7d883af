import { readdirSync, readFileSync } from 'node:fs';
import { waitFor } from '@shop/testing';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admitOperation, apiSchemaOf } from '../src/analysis';
import { startCatalog, post, type CatalogFixture } from './catalog-fixture';
import { connect, record, type TestClient } from './ws-client';

/**
 * The hostile documents of issue #9 through the gateway, over HTTP and graphql-ws: each refused
 * with a 400 and its stable code, quickly, without reaching the subgraph.
 */
const fanOut = (n: number) => {
  let text = 'query Fan { ...F' + n + ' }\nfragment F0 on Query { items { id } }\n';
  for (let i = 1; i <= n; i++) text += `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }\n`;
  return text;
};
const nested = (levels: number) => `{ ${'item(id: "1") { children { '.repeat(1)}${'children { '.repeat(levels - 3)}id${' }'.repeat(levels - 1)} }`;

const HOSTILE: Record<string, { query: string; code: string }> = {
  'a fragment fan-out F0..F30 (2^30 spreads)': { query: fanOut(30), code: 'QUERY_TOO_MANY_ROOT_FIELDS' },
  '20,000 duplicate fields': { query: `{ item(id: "1") { ${'id '.repeat(20_000)} } }`, code: 'QUERY_TOO_MANY_TOKENS' },
  '10,000-deep nesting': { query: `${'{ item(id: "1") '.repeat(10_000)}${'}'.repeat(10_000)}`, code: 'QUERY_TOO_DEEP' },
  '10,000-deep list literal': { query: `{ item(id: ${'['.repeat(10_000)}"1"${']'.repeat(10_000)}) { id } }`, code: 'QUERY_TOO_DEEP' },
  '16 levels of fields': { query: nested(16), code: 'QUERY_TOO_DEEP' },
  '51 directives': { query: `{ item(id: "1") { id ${'@skip(if: false) '.repeat(51)} } }`, code: 'QUERY_TOO_MANY_DIRECTIVES' },
  '31 aliases': { query: `{ item(id: "1") { ${Array.from({ length: 31 }, (_, i) => `a${i}: id`).join(' ')} } }`, code: 'QUERY_TOO_MANY_ALIASES' },
  '21 root fields': { query: `{ ${'__typename '.repeat(21)} }`, code: 'QUERY_TOO_MANY_ROOT_FIELDS' },
  '301 distinct fields': { query: `{ item(id: "1") { ${'name '.repeat(301)} } }`, code: 'QUERY_TOO_MANY_FIELDS' },
  'first: 100 nested 4 times (10^8 nodes)': {
    query: '{ items(first: 100) { children(first: 100) { children(first: 100) { children(first: 100) { id } } } } }',
    code: 'QUERY_TOO_COMPLEX',
  },
  'a 256 KB document of tokens': { query: `{ item(id: "1") { ${'id '.repeat(87_000)} } }`, code: 'QUERY_TOO_MANY_TOKENS' },
};

describe('operation limits at the gateway', () => {
  let fx: CatalogFixture;
  let ws: TestClient;
  beforeAll(async () => {
    fx = await startCatalog();
    ws = connect(fx.wsUrl);
    // Warm up the gateway's code paths once so the timings below measure the work itself.
    await post(fx.gateway.url, { query: '{ items(first: 1) { id } }' });
  });
  afterAll(async () => {
    await ws?.dispose();
    await fx?.close();
  });

  for (const [name, { query, code }] of Object.entries(HOSTILE)) {
    it(`refuses ${name} with 400 ${code} in well under 50 ms, over HTTP and graphql-ws`, async () => {
      const before = fx.observed.length;
      const res = await post(fx.gateway.url, { query });
      expect(res.status).toBe(400);
      expect(res.errors?.[0]?.extensions).toEqual({ code });
      // The fastest of three round trips: the work itself, not the shared machine's scheduling.
      const times = [res.ms];
      for (let i = 0; i < 2; i++) times.push((await post(fx.gateway.url, { query })).ms);
      expect(Math.min(...times)).toBeLessThan(50);
      if (query.length < 64 * 1024) {
        const sub = record(ws, { query });
        await sub.ended;
        expect((sub.error as { extensions: { code: string } }[])[0]!.extensions.code).toBe(code);
      } else {
        // Past WS_MAX_MESSAGE_BYTES the socket itself refuses the message (1009).
        const big = connect(fx.wsUrl);
        await record(big, { query }).ended;
        await waitFor(() => big.closes.includes(1009), { message: 'the socket to close with 1009' });
        await big.dispose();
      }
      expect(fx.observed.length).toBe(before);
    });
  }

  it('accepts the same shapes within the limits and reports the requested and actual cost', async () => {
    const res = await post(fx.gateway.url, { query: '{ items(first: 5) { id children(first: 3) { id name } } }' });
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    // Requested: 5 items × (1 + 3 children × 1) = 20. Actual: 5 items + 15 children returned.
    expect(res.extensions?.cost).toEqual({ requestedQueryCost: 20, actualQueryCost: 20 });
    const fewer = await post(fx.gateway.url, { query: 'query($n: Int) { items(first: $n) { id } }', variables: { n: 100 } });
    expect(fewer.extensions?.cost).toEqual({ requestedQueryCost: 100, actualQueryCost: 5 });
    const fan = await post(fx.gateway.url, { query: fanOut(4) });
    expect(fan.status).toBe(200);
    // 16 spreads of one root field, merged by GraphQL into one list of 10 (the default size).
    expect(fan.extensions?.cost.requestedQueryCost).toBe(160);
  });

  it('spends variables and defaults in the cost, and weighs mutations', async () => {
    const byVariable = await post(fx.gateway.url, {
      query: 'query($n: Int = 100) { items(first: $n) { children(first: $n) { children(first: $n) { id } } } }',
    });
    expect(byVariable.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const small = await post(fx.gateway.url, {
      query: 'query($n: Int = 100) { items(first: $n) { children(first: $n) { children(first: $n) { id } } } }',
      variables: { n: 2 },
    });
    expect(small.extensions?.cost.requestedQueryCost).toBe(2 * (1 + 2 * (1 + 2)));
    const write = await post(fx.gateway.url, { query: 'mutation { rename(id: "1", name: "x") { id } }' });
    expect(write.extensions?.cost).toEqual({ requestedQueryCost: 11, actualQueryCost: 11 });
  });
});

describe('the frontends’ documents fit the default limits', () => {
  const schema = apiSchemaOf(readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8'));
  const dir = new URL('../../schema/operations/', import.meta.url);
  const operations = readdirSync(dir).flatMap((file) => {
    const text = readFileSync(new URL(file, dir), 'utf8');
    return [...text.matchAll(/^(?:query|mutation|subscription) (\w+)/gm)].map((m) => [m[1]!, text] as const);
  });
  it('so is the explorer’s introspection query (15 levels deep)', () => {
    expect(admitOperation(schema, { query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }) }).ok).toBe(true);
  });
  it.each(operations)('%s is admitted', (operationName, query) => {
    // Over graphql-ws, where every kind of operation (subscriptions too) is admitted.
    const admission = admitOperation(schema, { query, operationName }, undefined, 'ws');
    expect(admission.ok ? 'admitted' : admission.error.message).toBe('admitted');
  });
});
