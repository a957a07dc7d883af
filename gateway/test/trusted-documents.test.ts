import { createLogger } from '@shop/kit';
import { InProcessPubSub } from '@shop/stores';
import { waitFor } from '@shop/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { gatewayServerOptions, loadGatewayConfig, manifestOf, readManifest, sha256, type RunningGateway, type TrustedDocumentMode } from '../src';
import { newWorld, startFixtureGateway, startInventory, startOrders, startProducts, type Fixture } from './fixtures';
import { connect, eventCount, execute, record, type TestClient } from './ws-client';

/** The registered documents of these tests (the fixture subgraphs' schema is not the shop's). */
const ORDER_STATUS = 'query OrderStatus($id: ID!) { order(id: $id) { id status } }';
const FOLLOW_ORDER = 'subscription FollowOrder($id: ID!) { orderUpdated(orderId: $id) { id status } }';
const SET_STATUS = 'mutation SetStatus($id: ID!, $s: String!) { setOrderStatus(id: $id, status: $s) { id status } }';
const UNREGISTERED = 'query Unregistered { order(id: "o1") { id } }';
const manifest = manifestOf(Object.fromEntries([ORDER_STATUS, FOLLOW_ORDER, SET_STATUS].map((d) => [sha256(d), d])));
const id = (document: string) => `sha256:${sha256(document)}`;

describe('trusted documents', () => {
  let orders: Fixture, products: Fixture, inventory: Fixture;
  let pubsub: InProcessPubSub;
  const gateways: Partial<Record<TrustedDocumentMode | 'production', RunningGateway>> = {};
  const logged: Record<string, unknown>[] = [];
  const clients: TestClient[] = [];

  beforeAll(async () => {
    const world = newWorld();
    pubsub = new InProcessPubSub(createLogger('silent'));
    [orders, products, inventory] = await Promise.all([startOrders(world, pubsub), startProducts(world), startInventory(world, pubsub)]);
    const urls = { orders: orders.url, products: products.url, inventory: inventory.url };
    const logger = createLogger('warn', {}, (line) => void logged.push(JSON.parse(line)));
    for (const mode of ['off', 'audit', 'enforce'] as const) {
      gateways[mode] = (await startFixtureGateway(urls, { trustedDocuments: mode, documentManifest: manifest, logger })).gateway;
    }
    gateways.production = (await startFixtureGateway(urls, { production: true, documentManifest: manifest })).gateway;
  });
  afterEach(async () => void (await Promise.all(clients.splice(0).map((c) => c.dispose()))));
  afterAll(async () => {
    await Promise.all(Object.values(gateways).map((g) => g.close()));
    await Promise.all([orders?.close(), products?.close(), inventory?.close()]);
    await pubsub?.close();
  });

  const post = async (mode: keyof typeof gateways, body: Record<string, unknown>) => {
    const res = await fetch(gateways[mode]!.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, ...((await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] }) };
  };
  const socket = (mode: keyof typeof gateways) => {
    const client = connect(gateways[mode]!.url.replace('http', 'ws'));
    clients.push(client);
    return client;
  };
  const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

  it('refuses a manifest whose keys are not the sha256 of their documents', () => {
    expect(() => manifestOf({ [sha256('query A { a }')]: 'query B { b }' })).toThrow(/is not the sha256 of its document/);
    expect(() => manifestOf({ abc: 'query A { a }' })).toThrow(/not a lower-case sha256/);
    // The committed manifest of @shop/client is valid and holds every operation.
    expect(readManifest().size).toBeGreaterThan(30);
  });

  it('off: any document runs, and registered ids run too', async () => {
    expect((await post('off', { query: UNREGISTERED })).data).toEqual({ order: { id: 'o1' } });
    expect((await post('off', { documentId: id(ORDER_STATUS), variables: { id: 'o1' } })).data).toEqual({ order: { id: 'o1', status: 'PLACED' } });
    const apq = await post('off', { variables: { id: 'o1' }, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(ORDER_STATUS) } } });
    expect(apq.data).toEqual({ order: { id: 'o1', status: 'PLACED' } });
    const unknown = await post('off', { documentId: id(UNREGISTERED) });
    expect([unknown.status, codeOf(unknown)]).toEqual([400, 'PERSISTED_QUERY_NOT_FOUND']);
    expect(codeOf(await post('off', { documentId: 'md5:abc' }))).toBe('BAD_REQUEST');
    expect(codeOf(await post('off', { documentId: id(ORDER_STATUS), query: UNREGISTERED }))).toBe('BAD_REQUEST');
  });

  it('audit: unregistered documents run and are logged once each; registered ones are not logged', async () => {
    logged.length = 0;
    for (let i = 0; i < 3; i++) expect((await post('audit', { query: UNREGISTERED })).data).toEqual({ order: { id: 'o1' } });
    expect((await post('audit', { query: ORDER_STATUS, variables: { id: 'o1' } })).data?.order.status).toBe('PLACED');
    expect((await post('audit', { documentId: id(ORDER_STATUS), variables: { id: 'o1' } })).data?.order.status).toBe('PLACED');
    const audits = logged.filter((l) => String(l.msg).includes('unregistered document ran'));
    expect(audits).toEqual([expect.objectContaining({ sha256: sha256(UNREGISTERED), transport: 'http', document: UNREGISTERED })]);
    // Over graphql-ws as well.
    expect(await execute(socket('audit'), { query: 'query OverSocket { order(id: "o2") { id } }', operationName: 'OverSocket' })).toMatchObject({
      data: { order: { id: 'o2' } },
    });
    await waitFor(() => logged.some((l) => l.transport === 'ws' && l.operationName === 'OverSocket'), { message: 'the socket operation to be audited' });
  });

  it('enforce: only ids run over HTTP; document text, registered or not, is refused with a code', async () => {
    const byId = await post('enforce', { documentId: id(ORDER_STATUS), operationName: 'OrderStatus', variables: { id: 'o1' } });
    expect(byId).toMatchObject({ status: 200, data: { order: { id: 'o1', status: 'PLACED' } } });
    const text = await post('enforce', { query: UNREGISTERED });
    expect([text.status, codeOf(text)]).toEqual([400, 'PERSISTED_QUERY_REQUIRED']);
    const registeredText = await post('enforce', { query: ORDER_STATUS, variables: { id: 'o1' } });
    expect(codeOf(registeredText)).toBe('PERSISTED_QUERY_REQUIRED');
    expect(registeredText.errors?.[0]?.message).toContain(id(ORDER_STATUS));
    // An APQ-style registration (hash + text) does not register anything.
    const register = await post('enforce', { query: UNREGISTERED, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(UNREGISTERED) } } });
    expect(codeOf(register)).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(codeOf(await post('enforce', { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(UNREGISTERED) } } }))).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
    // GET with documentId (GraphQL over HTTP), and a GET with text refused.
    const url = new URL(gateways.enforce!.url);
    url.searchParams.set('documentId', id(ORDER_STATUS));
    url.searchParams.set('variables', JSON.stringify({ id: 'o2' }));
    const get = await fetch(url, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(await get.json()).toMatchObject({ data: { order: { id: 'o2', status: 'PLACED' } } });
    const getText = await fetch(`${gateways.enforce!.url}?query=${encodeURIComponent(UNREGISTERED)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect([getText.status, codeOf((await getText.json()) as any)]).toEqual([400, 'PERSISTED_QUERY_REQUIRED']);
  });

  it('enforce over graphql-ws: a subscription and a mutation sent by id run; text is refused with a code', async () => {
    const client = socket('enforce');
    const persisted = (document: string) => ({ query: '', extensions: { persistedQuery: { version: 1, sha256Hash: sha256(document) } } });
    const refused = record(client, { query: 'subscription { orderUpdated(orderId: "o1") { id } }' });
    await refused.ended;
    expect((refused.error as { extensions?: { code?: string } }[])[0]?.extensions?.code).toBe('PERSISTED_QUERY_REQUIRED');
    const unknown = record(client, persisted(UNREGISTERED));
    await unknown.ended;
    expect((unknown.error as { extensions?: { code?: string } }[])[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const follow = record(client, { ...persisted(FOLLOW_ORDER), variables: { id: 'o1' } });
    await waitFor(() => orders.opened.length >= 1, { message: 'the subscription to reach the orders subgraph' });
    const changed = await execute(client, { ...persisted(SET_STATUS), variables: { id: 'o1', s: 'PAID' } });
    expect(changed).toMatchObject({ data: { setOrderStatus: { id: 'o1', status: 'PAID' } } });
    await eventCount(follow, 1);
    expect(follow.events[0]).toEqual({ data: { orderUpdated: { id: 'o1', status: 'PAID' } } });
  });

  it('production defaults to enforce; the environment chooses the mode and the manifest', async () => {
    expect(codeOf(await post('production', { query: UNREGISTERED }))).toBe('PERSISTED_QUERY_REQUIRED');
    expect((await post('production', { documentId: id(ORDER_STATUS), variables: { id: 'o2' } })).data?.order.id).toBe('o2');
    const logger = createLogger('silent');
    const secrets = { JWT_SECRET: 'j'.repeat(40), GATEWAY_SECRET: 'g'.repeat(40) };
    expect(gatewayServerOptions(loadGatewayConfig({}), logger).trustedDocuments).toBe('off');
    expect(gatewayServerOptions(loadGatewayConfig({ NODE_ENV: 'production', ...secrets }), logger).trustedDocuments).toBe('enforce');
    expect(gatewayServerOptions(loadGatewayConfig({ NODE_ENV: 'production', TRUSTED_DOCUMENTS: 'audit', ...secrets }), logger).trustedDocuments).toBe('audit');
    expect(() => loadGatewayConfig({ TRUSTED_DOCUMENTS: 'strict' })).toThrow(/TRUSTED_DOCUMENTS/);
    expect(() => gatewayServerOptions(loadGatewayConfig({ TRUSTED_DOCUMENTS_MANIFEST: '/nonexistent/manifest.json' }), logger)).toThrow(
      /cannot read the manifest/,
    );
  });
});
