import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, DEMO_SECRETS, startSubgraphServer, type RouteHandler, type RunningSubgraph } from '../src';

const answer =
  (text: string): RouteHandler =>
  async (req, res) => {
    res.setHeader('content-type', 'text/plain');
    res.end(`${text} ${new URL(req.url!, 'http://x').pathname}`);
  };

describe('subgraph server extra routes', () => {
  let server: RunningSubgraph;
  let origin: string;

  beforeAll(async () => {
    server = await startSubgraphServer({
      name: 'routes',
      typeDefs: parse('type Query { ok: Boolean }'),
      resolvers: { Query: { ok: () => true } },
      port: 0,
      gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET,
      createContext: () => ({}),
      logger: createLogger('silent'),
      routes: { '/files/exact': answer('exact') },
      prefixRoutes: { '/files/': answer('prefix') },
    });
    origin = new URL(server.url).origin;
  });
  afterAll(() => server?.close());

  const get = async (path: string) => {
    const res = await fetch(`${origin}${path}`);
    return { status: res.status, body: await res.text() };
  };

  it('sends every path under a prefix to its route, exact routes first', async () => {
    expect(await get('/files/a/b.svg')).toEqual({ status: 200, body: 'prefix /files/a/b.svg' });
    expect(await get('/files/exact')).toEqual({ status: 200, body: 'exact /files/exact' });
    expect((await get('/files')).status).toBe(404);
    expect((await get('/other/files/x')).status).toBe(404);
  });

  it('leaves /graphql and /health to the server', async () => {
    expect((await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ ok }"}' })).status).toBe(401);
    expect((await get('/health')).status).toBe(200);
  });
});
