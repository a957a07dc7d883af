import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { composeServices } from '@apollo/composition';
import { createLogger, DEMO_SECRETS, startSubgraphServer, type RunningSubgraph } from '@shop/kit';
import { waitFor } from '@shop/testing';
import { buildSchema, isNonNullType, parse, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../src';
import { post } from './catalog-fixture';

/**
 * One subgraph's outage degrades only the fields it contributes: products still list with
 * `inventory: null` and a coded error naming no subgraph; after repeated failures the breaker
 * answers at once without calling the subgraph, and closes again when it is back.
 */
const fed = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';
const SDL = {
  products: `${fed} type Query { products: [Product!]! } type Product @key(fields: "id") { id: ID! name: String! }`,
  inventory: `${fed} type Product @key(fields: "id") { id: ID! inventory: Inventory } type Inventory { available: Int! }`,
};
const logger = createLogger('silent');
const QUERY = '{ products { id name inventory { available } } }';

const subgraph = (name: 'products' | 'inventory', port = 0, resolvers: Record<string, unknown>) =>
  startSubgraphServer({
    name,
    typeDefs: parse(SDL[name]),
    resolvers: resolvers as never,
    port,
    gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET,
    createContext: () => ({}),
    logger,
  });
const startProducts = () =>
  subgraph('products', 0, {
    Query: {
      products: () => [
        { id: 'p1', name: 'Linen shirt' },
        { id: 'p2', name: 'Wool socks' },
      ],
    },
    Product: { __resolveReference: (r: { id: string }) => r },
  });
const startInventory = (port = 0) =>
  subgraph('inventory', port, {
    Product: { __resolveReference: (r: { id: string }) => r, inventory: (p: { id: string }) => ({ available: p.id === 'p1' ? 7 : 0 }) },
  });

describe('degraded answers when a subgraph is down', () => {
  let products: RunningSubgraph;
  let inventory: RunningSubgraph | null;
  let gateway: RunningGateway;
  let port: number;
  let hanging: Server | null = null;
  let hangingRequests = 0;

  beforeAll(async () => {
    products = await startProducts();
    inventory = await startInventory();
    port = inventory.port;
    const composed = composeServices([
      { name: 'products', url: products.url, typeDefs: parse(SDL.products) },
      { name: 'inventory', url: inventory.url, typeDefs: parse(SDL.inventory) },
    ]);
    if (composed.errors) throw composed.errors[0];
    gateway = await startGateway({
      port: 0,
      supergraphSdl: composed.supergraphSdl,
      gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET,
      jwt: { secret: DEMO_SECRETS.JWT_SECRET, issuer: 'shop-users', audience: 'shop-api' },
      timeoutMs: 400,
      breaker: { failureThreshold: 3, coolDownMs: 500 },
      logger,
    });
  });
  afterAll(async () => {
    await gateway?.close();
    await products?.close();
    await inventory?.close();
    hanging?.closeAllConnections();
    hanging?.close();
  });

  it('lists products with inventory: null and SUBGRAPH_UNAVAILABLE, naming no subgraph, while inventory is stopped', async () => {
    expect((await post(gateway.url, { query: QUERY })).data.products[0]).toEqual({ id: 'p1', name: 'Linen shirt', inventory: { available: 7 } });
    await inventory!.close();
    inventory = null;
    const res = await post(gateway.url, { query: QUERY });
    expect(res.status).toBe(200);
    expect(res.data).toEqual({
      products: [
        { id: 'p1', name: 'Linen shirt', inventory: null },
        { id: 'p2', name: 'Wool socks', inventory: null },
      ],
    });
    expect(res.errors).toEqual([{ message: 'A service is unavailable; some fields are missing.', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }]);
    expect(JSON.stringify(res.errors)).not.toMatch(new RegExp(`inventory|serviceName|127\\.0\\.0\\.1|${port}`, 'i'));
  });

  it('times out a hanging subgraph with SUBGRAPH_TIMEOUT, then the open breaker fails fast without calling it', async () => {
    hanging = createServer(() => void hangingRequests++);
    await new Promise<void>((resolve) => hanging!.listen(port, '127.0.0.1', resolve));
    // The stopped subgraph's failure above counted once; two timeouts make three and open the breaker.
    for (let i = 0; i < 2; i++) {
      const slow = await post(gateway.url, { query: QUERY });
      expect(slow.errors?.[0]?.extensions).toEqual({ code: 'SUBGRAPH_TIMEOUT' });
      expect(slow.data.products[1]).toEqual({ id: 'p2', name: 'Wool socks', inventory: null });
    }
    const calls = hangingRequests;
    const fast = await post(gateway.url, { query: QUERY });
    expect(fast.errors?.[0]?.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE' });
    expect(fast.data.products).toHaveLength(2);
    expect(fast.ms).toBeLessThan(300);
    expect(hangingRequests).toBe(calls);
  });

  it('closes again once the subgraph is back: a probe after the cool-down succeeds', async () => {
    hanging!.closeAllConnections();
    await new Promise<void>((resolve) => hanging!.close(() => resolve()));
    hanging = null;
    inventory = await startInventory(port);
    await waitFor(async () => (await post(gateway.url, { query: QUERY })).data?.products?.[0]?.inventory?.available === 7, {
      timeoutMs: 10_000,
      message: 'inventory fields to come back',
    });
    const res = await post(gateway.url, { query: QUERY });
    expect(res.errors).toBeUndefined();
  });
});

describe('the supergraph: contributed fields are nullable', () => {
  const api = buildSchema(readFileSync(new URL('../../schema/api-schema.graphql', import.meta.url), 'utf8'));
  const field = (type: string, name: string) => (api.getType(type) as GraphQLObjectType).getFields()[name]!;
  it.each([
    ['Product', 'inventory'],
    ['ProductVariant', 'inventory'],
    ['Product', 'recommendations'],
    ['User', 'recommendedProducts'],
    ['User', 'orders'],
    ['Order', 'payments'],
  ])('%s.%s', (type, name) => expect(isNonNullType(field(type, name).type)).toBe(false));
});
