import { readdirSync } from 'node:fs';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLogger } from '@shop/kit';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayServerOptions, loadGatewayConfig, startGateway, type GatewayServerOptions, type RunningGateway } from '../src';
import { jwt, secret, startFixtureGateway } from './fixtures';

const schemaFile = (name: string) => fileURLToPath(new URL(`../../schema/${name}`, import.meta.url));
const supergraphSdl = readFileSync(schemaFile('supergraph.graphql'), 'utf8');
const apiSchemaSdl = readFileSync(schemaFile('api-schema.graphql'), 'utf8');
const browser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

/** The routes need no subgraph: they are answered before any query is planned. */
async function gatewayWith(extra: Partial<GatewayServerOptions>): Promise<{ gateway: RunningGateway; origin: string }> {
  const gateway = await startGateway({ port: 0, supergraphSdl, gatewaySecret: secret, jwt, logger: createLogger('silent'), ...extra });
  return { gateway, origin: new URL(gateway.url).origin };
}

describe('explorer and published schema (development)', () => {
  let dev: { gateway: RunningGateway; origin: string };
  beforeAll(async () => {
    dev = await gatewayWith({});
  });
  afterAll(() => dev.gateway.close());

  it('serves the committed API SDL at /schema.graphql as text', async () => {
    const res = await fetch(`${dev.origin}/schema.graphql`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toBe(apiSchemaSdl);
  });

  it('gives a browser opening /graphql or /explorer the GraphiQL page, all of it served by the gateway', async () => {
    for (const path of ['/graphql', '/explorer']) {
      const res = await fetch(`${dev.origin}${path}`, { headers: browser });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await res.text();
      expect(html).toContain('<title>Shop API explorer</title>');
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'.*script-src 'self';.*connect-src 'self'/);
      // No CDN: every script and stylesheet is a path on the gateway itself.
      const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
      expect(refs.filter((r) => !r.startsWith('/explorer/assets/') && r !== 'data:,')).toEqual([]);
      for (const ref of refs.filter((r) => r.startsWith('/'))) {
        const asset = await fetch(`${dev.origin}${ref}`);
        expect(asset.status, ref).toBe(200);
        expect((await asset.arrayBuffer()).byteLength, ref).toBeGreaterThan(100);
      }
    }
  });

  it('embeds one example tab per schema/operations/ file and introspects (no published-schema URL)', async () => {
    const html = await (await fetch(`${dev.origin}/explorer`)).text();
    const config = JSON.parse(/<script id="explorer-config" type="application\/json">(.*?)<\/script>/s.exec(html)![1]!);
    expect(config.schemaUrl).toBeUndefined();
    expect(config.examplesVersion).toMatch(/^[0-9a-f]{12}$/);
    const files = readdirSync(path.resolve(import.meta.dirname, '../../schema/operations')).filter((f) => f.endsWith('.graphql'));
    expect(config.tabs.map((t: { domain: string }) => t.domain)).toEqual(files.map((f) => f.replace(/\.graphql$/, '')).sort());
    const live = config.tabs.find((t: { domain: string }) => t.domain === 'live');
    expect(live.query).toContain(readFileSync(schemaFile('operations/live.graphql'), 'utf8').trimEnd());
  });

  it("answers GraphiQL's introspection query (deeper than the operation depth limit) in development", async () => {
    const res = await fetch(`${dev.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }) }),
    });
    const body = (await res.json()) as any;
    expect(body.errors).toBeUndefined();
    expect(body.data.__schema.queryType.name).toBe('Query');
  });

  it('still answers GraphQL GETs and POSTs with JSON', async () => {
    const get = await fetch(`${dev.origin}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': '1' },
    });
    expect(await get.json()).toMatchObject({ data: { __typename: 'Query' } });
    for (const name of ['nope.js', '..%2F..%2Fpackage.json', 'constructor']) {
      expect((await fetch(`${dev.origin}/explorer/assets/${name}`)).status, name).toBe(404);
    }
  });
});

describe('explorer in production', () => {
  let off: { gateway: RunningGateway; origin: string };
  let on: { gateway: RunningGateway; origin: string };
  beforeAll(async () => {
    off = await gatewayWith({ production: true });
    on = await gatewayWith({ production: true, explorer: true });
  });
  afterAll(async () => {
    await off.gateway.close();
    await on.gateway.close();
  });

  it('is off unless enabled; the SDL is still published', async () => {
    expect((await fetch(`${off.origin}/explorer`, { headers: browser })).status).toBe(404);
    const page = await fetch(`${off.origin}/graphql`, { headers: browser });
    expect(await page.text()).not.toContain('Shop API explorer');
    expect((await fetch(`${off.origin}/explorer/assets/graphiql.js`)).status).toBe(404);
    expect(await (await fetch(`${off.origin}/schema.graphql`)).text()).toBe(apiSchemaSdl);
  });

  it('when enabled, loads the published SDL instead of introspecting', async () => {
    const html = await (await fetch(`${on.origin}/graphql`, { headers: browser })).text();
    const config = JSON.parse(/<script id="explorer-config" type="application\/json">(.*?)<\/script>/s.exec(html)![1]!);
    expect(config.schemaUrl).toBe('/schema.graphql');
  });

  it('EXPLORER_ENABLED maps onto the option; unset leaves the production default', () => {
    const options = (env: Record<string, string>) => gatewayServerOptions(loadGatewayConfig(env), createLogger('silent')).explorer;
    expect(options({})).toBeUndefined();
    expect(options({ EXPLORER_ENABLED: 'true' })).toBe(true);
    expect(options({ EXPLORER_ENABLED: 'false' })).toBe(false);
    expect(() => loadGatewayConfig({ EXPLORER_ENABLED: 'maybe' })).toThrow(/EXPLORER_ENABLED/);
  });
});

describe('/schema.graphql of another supergraph', () => {
  it('is the API schema derived from the supergraph the gateway runs', async () => {
    const unused = 'http://127.0.0.1:9/graphql';
    const { gateway } = await startFixtureGateway({ orders: unused, products: unused, inventory: unused });
    try {
      const sdl = await (await fetch(new URL('/schema.graphql', gateway.url))).text();
      expect(sdl).toMatch(/type Subscription \{[^}]*orderUpdated\(orderId: ID!\): Order!/);
      expect(sdl).not.toMatch(/@join__|@link|_entities|_service/);
    } finally {
      await gateway.close();
    }
  });
});
