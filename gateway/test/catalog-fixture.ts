import { composeServices } from '@apollo/composition';
import { createLogger, DEMO_SECRETS, startSubgraphServer, type Logger, type RunningSubgraph } from '@shop/kit';
import { parse } from 'graphql';
import { startGateway, type GatewayServerOptions, type RunningGateway } from '../src';

/**
 * One small subgraph with nested, paginated lists (what the cost limit is about) and a mutation
 * taking text, behind a real gateway. `observed` holds every operation the subgraph accepted, so a
 * test can show that a refused operation never reached it.
 */
const SDL = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query { items(first: Int, last: Int): [Item!]! item(id: ID!): Item }
  type Mutation { rename(id: ID!, name: String!): Item }
  type Item @key(fields: "id") { id: ID! name: String children(first: Int): [Item!]! }`;

export interface CatalogFixture {
  subgraph: RunningSubgraph;
  gateway: RunningGateway;
  wsUrl: string;
  observed: { query: string; variables: unknown }[];
  close(): Promise<void>;
}

const item = (id: string) => ({ id, name: `item ${id}` });

export async function startCatalog(options: Partial<GatewayServerOptions> & { subgraphLogger?: Logger } = {}): Promise<CatalogFixture> {
  const observed: { query: string; variables: unknown }[] = [];
  const subgraph = await startSubgraphServer({
    name: 'catalog',
    typeDefs: parse(SDL),
    resolvers: {
      Query: {
        items: (_: unknown, { first, last }: { first?: number; last?: number }) =>
          Array.from({ length: Math.min(first ?? last ?? 3, 5) }, (_, i) => item(String(i + 1))),
        item: (_: unknown, { id }: { id: string }) => item(id),
      },
      Mutation: { rename: (_: unknown, { id, name }: { id: string; name: string }) => ({ id, name }) },
      Item: {
        __resolveReference: (ref: { id: string }) => item(ref.id),
        children: (parent: { id: string }, { first }: { first?: number }) =>
          Array.from({ length: Math.min(first ?? 2, 3) }, (_, i) => item(`${parent.id}.${i + 1}`)),
      },
    } as never,
    port: 0,
    gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET,
    createContext: () => ({}),
    logger: options.subgraphLogger ?? createLogger('silent'),
    observe: (r) => void observed.push({ query: r.query, variables: r.variables }),
  });
  const composed = composeServices([{ name: 'catalog', url: subgraph.url, typeDefs: parse(SDL) }]);
  if (composed.errors) throw composed.errors[0];
  const gateway = await startGateway({
    port: 0,
    supergraphSdl: composed.supergraphSdl,
    gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET,
    jwt: { secret: DEMO_SECRETS.JWT_SECRET, issuer: 'shop-users', audience: 'shop-api' },
    timeoutMs: 3000,
    logger: createLogger('silent'),
    ...options,
  });
  return {
    subgraph,
    gateway,
    wsUrl: gateway.url.replace('http', 'ws'),
    observed,
    async close() {
      await gateway.close();
      await subgraph.close();
    },
  };
}

/** POSTs a body (an object as JSON, or raw bytes) to the gateway; the answer with its timing. */
export async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: body instanceof Uint8Array || typeof body === 'string' ? (body as NonNullable<RequestInit['body']>) : JSON.stringify(body),
  });
  const json = (await res.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, any> }[]; extensions?: Record<string, any> };
  return { status: res.status, headers: res.headers, ms: performance.now() - started, ...json };
}
