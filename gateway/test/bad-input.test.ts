import { DEMO_SECRETS, signIdentity } from '@shop/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCatalog, post, type CatalogFixture } from './catalog-fixture';
import { connect, rawSocket, record, type TestClient } from './ws-client';

/** Text no store can keep, and requests that name no operation: 400s with codes, never a 500. */
const RENAME = 'mutation($name: String!) { rename(id: "1", name: $name) { id name } }';

describe('bad input through the gateway', () => {
  let fx: CatalogFixture;
  let ws: TestClient;
  beforeAll(async () => {
    fx = await startCatalog();
    ws = connect(fx.wsUrl);
  });
  afterAll(async () => {
    await ws?.dispose();
    await fx?.close();
  });

  const wsError = async (payload: { query: string; variables?: Record<string, unknown>; operationName?: string }) => {
    const r = record(ws, payload);
    await r.ended;
    return (r.error as { extensions: { code: string } }[])[0]!.extensions.code;
  };

  it('refuses NUL and lone surrogates in variables with 400 BAD_USER_INPUT, over HTTP and graphql-ws', async () => {
    for (const name of ['a\u0000b', 'a\ud800b', '\udc00', { nested: ['x\u0000'] }]) {
      const res = await post(fx.gateway.url, { query: RENAME, variables: { name } });
      expect(res.status).toBe(400);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res)).not.toContain('\\u0000');
      expect(await wsError({ query: RENAME, variables: { name } })).toBe('BAD_USER_INPUT');
    }
    // A well-formed pair (an emoji) is fine.
    const ok = await post(fx.gateway.url, { query: RENAME, variables: { name: 'ok \ud83d\ude00' } });
    expect(ok.data).toEqual({ rename: { id: '1', name: 'ok \ud83d\ude00' } });
    expect(fx.observed.filter((o) => JSON.stringify(o.variables).includes('\\u0000'))).toHaveLength(0);
  });

  it('refuses NUL in string literals and in the JSON keys, even written as GraphQL escapes', async () => {
    const literal = 'mutation { rename(id: "1", name: "a\\u0000b") { id } }';
    const res = await post(fx.gateway.url, { query: literal });
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await wsError({ query: literal })).toBe('BAD_USER_INPUT');
    const surrogate = await post(fx.gateway.url, { query: 'mutation { rename(id: "1", name: "\\uD800") { id } }' });
    expect(surrogate.status).toBe(400);
    const key = await post(fx.gateway.url, { query: RENAME, variables: { name: 'x', 'k\u0000': 1 } });
    expect(key.status).toBe(400);
    expect(key.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const inQuery = await post(fx.gateway.url, { query: '{ item(id: "1") { id } }\u0000' });
    expect(inQuery.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses bytes that are not UTF-8 with 400 BAD_USER_INPUT (HTTP); the socket closes with 1007', async () => {
    const json = Buffer.from(JSON.stringify({ query: RENAME, variables: { name: 'XX' } }));
    const at = json.indexOf('XX');
    json[at] = 0xc3;
    json[at + 1] = 0x28; // an invalid two-byte sequence
    const res = await post(fx.gateway.url, new Uint8Array(json));
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const raw = rawSocket(fx.wsUrl);
    await raw.opened;
    raw.socket.send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { binary: false });
    expect((await raw.closed).code).toBe(1007);
  });

  it('answers an unknown or missing operationName with 400, over HTTP and graphql-ws', async () => {
    const two = 'query A { items { id } } query B { item(id: "1") { id } }';
    const unknown = await post(fx.gateway.url, { query: two, operationName: 'C' });
    expect(unknown.status).toBe(400);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE');
    const missing = await post(fx.gateway.url, { query: two });
    expect(missing.status).toBe(400);
    expect(await wsError({ query: two, operationName: 'C' })).toBe('OPERATION_RESOLUTION_FAILURE');
    const named = await post(fx.gateway.url, { query: two, operationName: 'B' });
    expect(named.data).toEqual({ item: { id: '1' } });
    const notString = await post(fx.gateway.url, { query: two, operationName: 7 });
    expect(notString.status).toBe(400);
    const get = await fetch(`${fx.gateway.url}?query=${encodeURIComponent('{ item(id: "\u0000") { id } }')}`, { headers: { 'apollo-require-preflight': '1' } });
    expect(get.status).toBe(400);
  });

  it('answers a subscription sent over HTTP, and variables nested 100,000 deep, with 400', async () => {
    const sub = await post(fx.gateway.url, { query: 'subscription { ticks }' });
    expect(sub.status).toBe(400);
    expect(sub.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    const deep = `{"query":${JSON.stringify(RENAME)},"variables":{"name":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    const res = await post(fx.gateway.url, deep);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.ms).toBeLessThan(1000);
  });

  it('sends X-Content-Type-Options: nosniff on every answer', async () => {
    const base = fx.gateway.url.replace('/graphql', '');
    const answers = await Promise.all([
      fetch(fx.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ items { id } }"}' }),
      fetch(fx.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ nope }"}' }),
      fetch(fx.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'not json' }),
      fetch(fx.gateway.url, { method: 'OPTIONS' }),
      fetch(`${base}/health`),
      fetch(`${base}/ready`),
      fetch(`${base}/elsewhere`),
    ]);
    for (const res of answers) expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('the subgraph holds the same line for any caller (kit guard), not only behind the gateway', async () => {
    const call = (body: string) =>
      fetch(fx.subgraph.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...signIdentity(DEMO_SECRETS.GATEWAY_SECRET, { userId: null, role: null, requestId: 'test-kit-guard' }, { method: 'POST', body }),
        },
        body,
      });
    const literal = await call(JSON.stringify({ query: 'mutation { rename(id: "1", name: "a\\u0000") { id } }' }));
    expect(literal.status).toBe(400);
    expect(((await literal.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    const variable = await call(JSON.stringify({ query: RENAME, variables: { name: '\u0000' } }));
    expect(variable.status).toBe(400);
  });
});
