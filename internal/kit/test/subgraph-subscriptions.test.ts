import { waitFor } from '@shop/testing';
import { parse, GraphQLError } from 'graphql';
import { createClient, type Client, type SubscribePayload } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { AsyncQueue, createLogger, IDENTITY_EXTENSION, signIdentity, startSubgraphServer, type Identity, type RunningSubgraph } from '../src';

/**
 * The subgraph half of federated subscriptions, driven the way the gateway drives it: a
 * graphql-ws client that proves itself in connection_init and signs each user's identity per
 * operation.
 */
const secret = 'g'.repeat(40);
const fed = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';
const typeDefs = parse(`${fed}
  type Query { ping: Boolean }
  type Subscription { counter(to: Int!): Tick! viewer: Viewer! failing: Tick! idle: Tick! }
  type Tick { n: Int! secret: String forbidden: String }
  type Viewer { userId: String role: String }
`);

interface Ctx {
  identity: Identity;
}

const resolvers = {
  Query: { ping: () => true },
  Subscription: {
    counter: {
      subscribe: async function* (_: unknown, { to }: { to: number }) {
        for (let n = 1; n <= to; n++) yield { counter: { n } };
      },
    },
    viewer: {
      subscribe: async function* (_: unknown, __: unknown, ctx: Ctx) {
        yield { viewer: { userId: ctx.identity.userId, role: ctx.identity.role } };
      },
    },
    // Like a pub/sub topic nobody publishes to.
    idle: { subscribe: () => new AsyncQueue(10) },
    failing: {
      subscribe: async function* () {
        yield { failing: { n: 1 } };
        throw new Error('redis connection lost at 10.0.0.7');
      },
    },
  },
  Tick: {
    secret: () => {
      throw new Error('db password is hunter2');
    },
    forbidden: () => {
      throw new GraphQLError('Not yours.', { extensions: { code: 'FORBIDDEN' } });
    },
  },
};

interface Outcome {
  events: Record<string, any>[];
  error?: unknown;
  completed: boolean;
}

/** Runs one operation to its end and reports everything the client saw. */
function run(client: Client, payload: SubscribePayload): Promise<Outcome> {
  const outcome: Outcome = { events: [], completed: false };
  return new Promise((resolve) => {
    client.subscribe(payload, {
      next: (value) => void outcome.events.push(value),
      error: (error) => resolve({ ...outcome, error }),
      complete: () => resolve({ ...outcome, completed: true }),
    });
  });
}

const signed = (identity: Identity) => ({ [IDENTITY_EXTENSION]: signIdentity(secret, identity) });
const alice: Identity = { userId: 'usr_alice', role: 'CUSTOMER', requestId: 'req-alice' };

describe('subgraph graphql-ws endpoint', () => {
  let server: RunningSubgraph;
  const clients: Client[] = [];
  const connect = (connectionParams?: Record<string, unknown>, onClosed?: (event: unknown) => void) => {
    const client = createClient({
      url: server.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams,
      on: onClosed ? { closed: onClosed } : undefined,
    });
    clients.push(client);
    return client;
  };
  const gatewayProof = () => signIdentity(secret, { userId: null, role: null, requestId: 'gateway' });

  beforeAll(async () => {
    server = await startSubgraphServer<Ctx>({
      name: 'fixture',
      typeDefs,
      resolvers: resolvers as never,
      port: 0,
      gatewaySecret: secret,
      createContext: (identity) => ({ identity }),
      logger: createLogger('silent'),
      subscriptions: true,
    });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await server?.close();
  });

  it('streams a subscription to a caller that proves it is the gateway', async () => {
    const outcome = await run(connect(gatewayProof()), { query: 'subscription { counter(to: 3) { n } }', extensions: signed(alice) });
    expect(outcome).toEqual({ events: [1, 2, 3].map((n) => ({ data: { counter: { n } } })), completed: true });
  });

  it('builds each operation context from the identity signed into that operation', async () => {
    const client = connect(gatewayProof());
    const [a, anon] = await Promise.all([
      run(client, { query: 'subscription { viewer { userId role } }', extensions: signed(alice) }),
      run(client, { query: 'subscription { viewer { userId role } }', extensions: signed({ userId: null, role: null, requestId: 'r2' }) }),
    ]);
    expect(a.events).toEqual([{ data: { viewer: { userId: 'usr_alice', role: 'CUSTOMER' } } }]);
    expect(anon.events).toEqual([{ data: { viewer: { userId: null, role: null } } }]);
  });

  it('closes with 4403 a connection without the gateway proof, or with a forged one', async () => {
    for (const params of [undefined, signIdentity('x'.repeat(40), { userId: null, role: null, requestId: 'evil' })]) {
      let closedWith: number | undefined;
      const outcome = await run(
        connect(params, (e) => (closedWith = (e as { code: number }).code)),
        { query: 'subscription { counter(to: 1) { n } }', extensions: signed(alice) },
      );
      expect(outcome.events).toEqual([]);
      expect(closedWith).toBe(4403);
    }
  });

  it('refuses an operation without a signed end-user identity, and anything but a subscription', async () => {
    const client = connect(gatewayProof());
    const unsigned = await run(client, { query: 'subscription { counter(to: 1) { n } }' });
    expect(unsigned.error).toEqual([expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })]);
    const query = await run(client, { query: '{ ping }', extensions: signed(alice) });
    expect(query.error).toEqual([expect.objectContaining({ message: expect.stringMatching(/Only subscriptions/) })]);
    const invalid = await run(client, { query: 'subscription { counter(to: 1) { nope } }', extensions: signed(alice) });
    expect(invalid.error).toEqual([expect.objectContaining({ message: expect.stringMatching(/nope/) })]);
  });

  it('masks unexpected errors in events and in a failing stream, as over HTTP', async () => {
    const client = connect(gatewayProof());
    const fields = await run(client, { query: 'subscription { counter(to: 1) { n secret forbidden } }', extensions: signed(alice) });
    expect(fields.events).toEqual([
      {
        data: { counter: { n: 1, secret: null, forbidden: null } },
        errors: [
          { message: 'Internal server error', path: ['counter', 'secret'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
          expect.objectContaining({ message: 'Not yours.', path: ['counter', 'forbidden'], extensions: { code: 'FORBIDDEN' } }),
        ],
      },
    ]);
    const failing = await run(client, { query: 'subscription { failing { n } }', extensions: signed(alice) });
    expect(failing.events).toEqual([{ data: { failing: { n: 1 } } }]);
    expect(failing.error).toEqual([{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(JSON.stringify(failing)).not.toContain('10.0.0.7');
  });

  it('keeps serving HTTP on the same port', async () => {
    const body = JSON.stringify({ query: '{ ping }' });
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signIdentity(secret, alice, { method: 'POST', body }) },
      body,
    });
    expect(await res.json()).toEqual({ data: { ping: true } });
  });

  it('closes open sockets with 1001 when the subgraph stops', async () => {
    const own = await startSubgraphServer<Ctx>({
      name: 'stopping',
      typeDefs,
      resolvers: resolvers as never,
      port: 0,
      gatewaySecret: secret,
      createContext: (identity) => ({ identity }),
      logger: createLogger('silent'),
      subscriptions: true,
    });
    const codes: number[] = [];
    const client = createClient({
      url: own.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: gatewayProof(),
      on: { closed: (e) => void codes.push((e as { code: number }).code) },
    });
    clients.push(client);
    const outcome = run(client, { query: 'subscription { idle { n } }', extensions: signed(alice) });
    let connected = false;
    client.on('connected', () => (connected = true));
    await waitFor(() => connected);
    await own.close();
    expect((await outcome).error).toMatchObject({ code: 1001 });
    expect(codes).toEqual([1001]);
  });
});
