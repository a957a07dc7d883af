import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_SECRETS, readBody, signIdentity } from '@shop/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCatalog, post, type CatalogFixture } from './catalog-fixture';

/**
 * The gateway → subgraph identity signature binds method, body digest, timestamp and request id:
 * headers captured off the wire (here by a relay between the two) cannot carry another operation,
 * and a signature older than 60 s is refused.
 */
describe('identity signatures bind the request', () => {
  let upstream: CatalogFixture;
  let fx: CatalogFixture;
  let relay: Server;
  const captured: { headers: IncomingHttpHeaders; body: string }[] = [];

  beforeAll(async () => {
    upstream = await startCatalog();
    relay = createServer(async (req, res) => {
      const body = (await readBody(req, 1_000_000)) ?? '';
      captured.push({ headers: req.headers, body });
      const answer = await fetch(upstream.subgraph.url, { method: 'POST', headers: forwardable(req.headers), body });
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(await answer.text());
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    await upstream.gateway.close();
    // A gateway that reaches upstream's subgraph through the relay (its own subgraph goes unused).
    const port = (relay.address() as AddressInfo).port;
    fx = await startCatalog({ subgraphUrls: { catalog: `http://127.0.0.1:${port}/graphql` } });
  });
  afterAll(async () => {
    relay?.closeAllConnections();
    relay?.close();
    await fx?.close();
    await upstream?.subgraph.close();
  });

  const replay = (headers: IncomingHttpHeaders, body: string) =>
    fetch(upstream.subgraph.url, { method: 'POST', headers: forwardable(headers), body }).then(async (r) => ({
      status: r.status,
      body: (await r.json()) as any,
    }));

  it('accepts the call it signed and refuses its headers with another body or method', async () => {
    const res = await post(fx.gateway.url, { query: '{ item(id: "1") { id name } }' });
    expect(res.data).toEqual({ item: { id: '1', name: 'item 1' } });
    const call = captured.at(-1)!;
    expect(call.headers['x-shop-identity-sig']).toMatch(/^[0-9a-f]{64}$/);
    // The untouched call still verifies: the binding is to the bytes.
    expect((await replay(call.headers, call.body)).status).toBe(200);
    const other = JSON.stringify({ query: 'mutation { rename(id: "1", name: "pwned") { id } }' });
    const refused = await replay(call.headers, other);
    expect(refused.status).toBe(401);
    expect(refused.body.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'bad identity signature' });
    const spaced = await replay(call.headers, `${call.body} `);
    expect(spaced.status).toBe(401);
    const asGet = await fetch(`${upstream.subgraph.url}?query=${encodeURIComponent('{ item(id: "2") { id } }')}`, { headers: forwardable(call.headers) });
    expect(asGet.status).toBe(401);
    expect(upstream.observed.filter((o) => o.query.includes('pwned'))).toHaveLength(0);
  });

  it('refuses a signature more than 60 s old or ahead', async () => {
    const body = JSON.stringify({ query: '{ item(id: "1") { id } }' });
    const identity = { userId: null, role: null, requestId: 'replay-test' };
    // Whole seconds on both sides: 65 s keeps clear of the 60 s edge however slowly the call is made.
    for (const skew of [-65_000, 65_000]) {
      const headers = signIdentity(DEMO_SECRETS.GATEWAY_SECRET, identity, { method: 'POST', body }, Date.now() + skew);
      const res = await replay({ 'content-type': 'application/json', ...headers }, body);
      expect(res.status).toBe(401);
      expect(res.body.errors[0].extensions.reason).toBe('identity signature expired');
    }
    const fresh = signIdentity(DEMO_SECRETS.GATEWAY_SECRET, identity, { method: 'POST', body });
    expect((await replay({ 'content-type': 'application/json', ...fresh }, body)).status).toBe(200);
  });
});

function forwardable(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (typeof v === 'string' && !['host', 'content-length', 'connection'].includes(k)) out[k] = v;
  return out;
}
