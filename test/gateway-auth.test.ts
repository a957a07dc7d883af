import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { composeServices } from '@apollo/composition';
import { startGateway, type RunningGateway } from '@shop/gateway';
import { createLogger, DEMO_SECRETS, type StartedSubgraph } from '@shop/kit';
import { InMemoryEventBus } from '@shop/stores';
import { startUsersSubgraph, typeDefs as usersTypeDefs } from '@shop/users-subgraph';
import { parse } from 'graphql';
import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The gateway's edge rules, checked against a supergraph of just the users subgraph (the gateway
 * serves any supergraph file it is given) plus one subgraph that is down.
 */
const jwt = { secret: DEMO_SECRETS.JWT_SECRET, issuer: 'shop-users', audience: 'shop-api' };
const key = new TextEncoder().encode(jwt.secret);
const token = (claims: { sub: string; role: string }, opts: { alg?: string; iss?: string; aud?: string; exp?: number | string; secret?: Uint8Array } = {}) =>
  new SignJWT({ role: claims.role })
    .setProtectedHeader({ alg: opts.alg ?? 'HS256' })
    .setSubject(claims.sub)
    .setIssuer(opts.iss ?? jwt.issuer)
    .setAudience(opts.aud ?? jwt.audience)
    .setIssuedAt()
    .setExpirationTime(opts.exp ?? '10m')
    .sign(opts.secret ?? key);

describe('gateway authentication and identity forwarding', () => {
  let users: StartedSubgraph;
  let gateway: RunningGateway;
  // A subgraph that accepts connections and never answers: only the fetch deadline ends the wait.
  const hanging = createServer(() => {});

  beforeAll(async () => {
    users = await startUsersSubgraph({
      port: 0,
      gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET,
      logger: createLogger('silent'),
      seed: true,
      bus: new InMemoryEventBus(),
      tokens: { ...jwt, ttlSeconds: 600 },
    });
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const hangingUrl = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/graphql`;
    const composed = composeServices([
      { name: 'users', url: users.url, typeDefs: usersTypeDefs },
      {
        name: 'down',
        url: hangingUrl,
        typeDefs: parse(
          'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"]) type User @key(fields: "id") { id: ID! loyaltyPoints: Int }',
        ),
      },
    ]);
    if (composed.errors) throw composed.errors[0];
    gateway = await startGateway({
      port: 0,
      supergraphSdl: composed.supergraphSdl,
      gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET,
      jwt,
      timeoutMs: 2000,
      logger: createLogger('silent'),
    });
  });
  afterAll(async () => {
    await gateway?.close();
    await users?.close();
    hanging.closeAllConnections();
    hanging.close();
  });

  const post = async (query: string, headers: Record<string, string> = {}) => {
    const res = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
    return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };
  };
  const bearer = async (t: string | Promise<string>) => ({ authorization: `Bearer ${await t}` });

  it('serves anonymous callers without a token', async () => {
    expect((await post('{ me { id } }')).body.data).toEqual({ me: null });
  });

  it('forwards the verified identity to the subgraph', async () => {
    const res = await post('{ me { id role } }', await bearer(token({ sub: 'usr_0003', role: 'CUSTOMER' })));
    expect(res.body.data?.me).toEqual({ id: 'usr_0003', role: 'CUSTOMER' });
  });

  it('drops identity headers a client sends itself', async () => {
    const res = await post('{ me { id role } }', {
      ...(await bearer(token({ sub: 'usr_0003', role: 'CUSTOMER' }))),
      'x-shop-user-id': 'usr_admin',
      'x-shop-user-role': 'ADMIN',
    });
    expect(res.body.data?.me).toEqual({ id: 'usr_0003', role: 'CUSTOMER' });
    const anon = await post('{ user(id: "usr_0001") { email } }', { 'x-shop-user-id': 'usr_admin', 'x-shop-user-role': 'ADMIN' });
    expect(anon.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['a wrong signature', () => token({ sub: 'usr_admin', role: 'ADMIN' }, { secret: new TextEncoder().encode('x'.repeat(40)) })],
    ['an algorithm outside the allow-list', () => token({ sub: 'usr_admin', role: 'ADMIN' }, { alg: 'HS512' })],
    [
      'alg "none"',
      async () => new UnsecuredJWT({ role: 'ADMIN' }).setSubject('usr_admin').setIssuer(jwt.issuer).setAudience(jwt.audience).setExpirationTime('10m').encode(),
    ],
    ['another issuer', () => token({ sub: 'usr_admin', role: 'ADMIN' }, { iss: 'evil' })],
    ['another audience', () => token({ sub: 'usr_admin', role: 'ADMIN' }, { aud: 'other-api' })],
    ['an expired token', () => token({ sub: 'usr_admin', role: 'ADMIN' }, { exp: Math.floor(Date.now() / 1000) - 60 })],
    ['an unknown role', () => token({ sub: 'usr_admin', role: 'ROOT' })],
  ])('refuses %s with 401 UNAUTHENTICATED', async (_label, make) => {
    const res = await post('{ me { id } }', await bearer(make()));
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.body.data).toBeUndefined();
  });

  it('answers with partial data and a masked error when a subgraph does not answer in time', async () => {
    const started = Date.now();
    const res = await post('{ me { id name loyaltyPoints } }', await bearer(token({ sub: 'usr_0003', role: 'CUSTOMER' })));
    expect(res.body.data?.me).toMatchObject({ id: 'usr_0003', loyaltyPoints: null });
    expect(res.body.data?.me.name).toEqual(expect.any(String));
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'SUBGRAPH_TIMEOUT' });
    const text = JSON.stringify(res.body.errors?.map((e) => e.message));
    expect(text).not.toContain('127.0.0.1');
    expect(text).not.toMatch(/abort|down|stack|at /i);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('rejects batched requests and oversized bodies', async () => {
    const batch = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(batch.status).toBe(400);
    const big = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(300_000)}` }),
    });
    expect(big.status).toBe(413);
  });

  it('refuses operations nested deeper than the limit', async () => {
    const deep = `{ me { ${'addresses { '.repeat(1)}id } } }`;
    expect((await post(deep)).body.errors).toBeUndefined();
    const tooMany = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expect((await post(tooMany)).body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_MANY_ALIASES');
  });

  it('reports the health of each subgraph', async () => {
    const res = await fetch(gateway.url.replace('/graphql', '/health'));
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'degraded', subgraphs: { users: 'ok', down: 'unreachable' } });
  });

  it('does not serve the unsigned subgraph directly', async () => {
    const res = await fetch(users.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ me { id } }"}' });
    expect(res.status).toBe(401);
  });
});
