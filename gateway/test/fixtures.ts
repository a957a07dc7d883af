import type { Socket } from 'node:net';
import { composeServices } from '@apollo/composition';
import { createLogger, DEMO_SECRETS, forbidden, startSubgraphServer, type Identity } from '@shop/kit';
import type { PubSub } from '@shop/stores';
import { parse } from 'graphql';
import { SignJWT } from 'jose';
import { startGateway, type GatewayServerOptions, type RunningGateway } from '../src';

/**
 * Three small subgraphs for the subscription engine: orders owns `Subscription.orderUpdated` and
 * the order, products owns product names, inventory owns stock levels and
 * `Subscription.stockChanged`. An order event therefore needs all three to answer a selection
 * like `status lines { product { name stock } }`. State lives in a `World` the test holds (and two
 * replicas of a subgraph may share, as they would share a database); changes are published on a
 * PubSub, as the real subgraphs do.
 */

export const secret = DEMO_SECRETS.GATEWAY_SECRET;
export const jwt = { secret: DEMO_SECRETS.JWT_SECRET, issuer: 'shop-users', audience: 'shop-api' };
const logger = createLogger('silent');
const fed = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';

const SDL = {
  orders: `type Query { order(id: ID!): Order }
    type Mutation { setOrderStatus(id: ID!, status: String!): Order! }
    type Subscription { orderUpdated(orderId: ID!): Order! }
    type Order @key(fields: "id") { id: ID! status: String! viewer: String! lines: [OrderLine!]! }
    type OrderLine { quantity: Int! product: Product! }
    type Product @key(fields: "id", resolvable: false) { id: ID! }`,
  products: 'type Query { product(id: ID!): Product } type Product @key(fields: "id") { id: ID! name: String }',
  inventory: `type Product @key(fields: "id") { id: ID! stock: Int! }
    type Mutation { setStock(productId: ID!, stock: Int!): Product! }
    type Subscription { stockChanged(productId: ID!): Product! }`,
};

export interface World {
  orders: Map<string, { id: string; status: string; lines: { quantity: number; productId: string }[] }>;
  names: Map<string, string>;
  stock: Map<string, number>;
}

export function newWorld(): World {
  return {
    orders: new Map([
      [
        'o1',
        {
          id: 'o1',
          status: 'PLACED',
          lines: [
            { quantity: 2, productId: 'p1' },
            { quantity: 1, productId: 'p2' },
          ],
        },
      ],
      ['o2', { id: 'o2', status: 'PLACED', lines: [{ quantity: 1, productId: 'p-broken' }] }],
    ]),
    names: new Map([
      ['p1', 'Linen shirt'],
      ['p2', 'Wool socks'],
    ]),
    stock: new Map([
      ['p1', 7],
      ['p2', 30],
      ['p-broken', 1],
    ]),
  };
}

export interface Fixture {
  url: string;
  port: number;
  /** Every subscription a resolver opened: its topic and the identity it ran as. */
  opened: { topic: string; identity: Identity }[];
  /** Every GraphQL operation the subgraph accepted (HTTP and socket). */
  observed: string[];
  close(): Promise<void>;
  /** Dies abruptly: every socket is destroyed mid-stream, no close handshake. */
  kill(): Promise<void>;
}

interface Ctx {
  identity: Identity;
}

async function startFixture(name: string, sdl: string, resolvers: Record<string, unknown>, port = 0): Promise<Fixture> {
  const observed: string[] = [];
  const server = await startSubgraphServer<Ctx>({
    name,
    typeDefs: parse(`${fed}\n${sdl}`),
    resolvers: resolvers as never,
    port,
    gatewaySecret: secret,
    createContext: (identity) => ({ identity }),
    logger,
    subscriptions: true,
    observe: (r) => void observed.push(r.query),
  });
  const sockets = new Set<Socket>();
  server.httpServer.on('connection', (s: Socket) => {
    sockets.add(s);
    s.once('close', () => sockets.delete(s));
  });
  return {
    url: server.url,
    port: server.port,
    opened: [],
    observed,
    close: () => server.close(),
    async kill() {
      for (const s of sockets) s.destroy();
      await server.close();
    },
  };
}

/** Opens a PubSub topic for a resolver, recording who asked, and hands it to graphql-js. */
async function open(fixture: Fixture, pubsub: PubSub, topic: string, identity: Identity) {
  const subscription = pubsub.subscribe(topic);
  await subscription.ready;
  fixture.opened.push({ topic, identity });
  return subscription;
}

const viewerOf = (ctx: Ctx) => `${ctx.identity.userId ?? 'anonymous'}/${ctx.identity.role ?? '-'}`;

export async function startOrders(world: World, pubsub: PubSub, port = 0): Promise<Fixture> {
  const resolvers = {
    Query: { order: (_: unknown, { id }: { id: string }) => world.orders.get(id) ?? null },
    Mutation: {
      setOrderStatus: async (_: unknown, { id, status }: { id: string; status: string }) => {
        const order = world.orders.get(id)!;
        order.status = status;
        await pubsub.publish(`order:${id}`, { id });
        return order;
      },
    },
    Subscription: {
      orderUpdated: {
        subscribe: (_: unknown, { orderId }: { orderId: string }, ctx: Ctx) => {
          if (orderId === 'someone-elses') throw forbidden('That order is not yours.');
          return open(fixture, pubsub, `order:${orderId}`, ctx.identity);
        },
        resolve: (payload: { id: string }) => world.orders.get(payload.id),
      },
    },
    Order: {
      viewer: (_: unknown, __: unknown, ctx: Ctx) => viewerOf(ctx),
      lines: (order: { lines: { quantity: number; productId: string }[] }) => order.lines.map((l) => ({ quantity: l.quantity, product: { id: l.productId } })),
    },
  };
  const fixture: Fixture = await startFixture('orders', SDL.orders, resolvers, port);
  return fixture;
}

export function startProducts(world: World): Promise<Fixture> {
  const name = (p: { id: string }) => {
    if (p.id === 'p-broken') throw new Error('catalog db at 10.1.2.3 timed out');
    return world.names.get(p.id);
  };
  return startFixture('products', SDL.products, {
    Query: { product: (_: unknown, { id }: { id: string }) => ({ id }) },
    Product: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }), name },
  });
}

export async function startInventory(world: World, pubsub: PubSub): Promise<Fixture> {
  const fixture: Fixture = await startFixture('inventory', SDL.inventory, {
    Mutation: {
      setStock: async (_: unknown, { productId, stock }: { productId: string; stock: number }) => {
        world.stock.set(productId, stock);
        await pubsub.publish(`stock:${productId}`, { id: productId });
        return { id: productId };
      },
    },
    Subscription: {
      stockChanged: {
        subscribe: (_: unknown, { productId }: { productId: string }, ctx: Ctx) => open(fixture, pubsub, `stock:${productId}`, ctx.identity),
        resolve: (payload: { id: string }) => payload,
      },
    },
    Product: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }), stock: (p: { id: string }) => world.stock.get(p.id) },
  });
  return fixture;
}

/** Composes the three fixtures at their current URLs and starts a gateway on them. */
export async function startFixtureGateway(urls: { orders: string; products: string; inventory: string }, options: Partial<GatewayServerOptions> = {}) {
  const composed = composeServices(
    (['orders', 'products', 'inventory'] as const).map((name) => ({ name, url: urls[name], typeDefs: parse(`${fed}\n${SDL[name]}`) })),
  );
  if (composed.errors) throw composed.errors[0];
  const gateway: RunningGateway = await startGateway({
    port: 0,
    supergraphSdl: composed.supergraphSdl,
    gatewaySecret: secret,
    jwt,
    timeoutMs: 3000,
    logger,
    ...options,
  });
  return { gateway, wsUrl: gateway.url.replace('http', 'ws') };
}

export const token = (sub: string, role: string, exp: number | string = '10m', key: string = jwt.secret) =>
  new SignJWT({ role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuer(jwt.issuer)
    .setAudience(jwt.audience)
    .setIssuedAt()
    .setExpirationTime(exp)
    .sign(new TextEncoder().encode(key));
