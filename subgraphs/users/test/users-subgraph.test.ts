import { DEMO_CREDENTIALS } from '@shop/demo-data';
import { createLogger, DEMO_SECRETS, type StartedSubgraph } from '@shop/kit';
import { InMemoryEventBus } from '@shop/stores';
import { admin, anonymous, callSubgraph, customer, waitFor } from '@shop/testing';
import { jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startUsersSubgraph } from '../src/app';

const tokens = { secret: DEMO_SECRETS.JWT_SECRET, issuer: 'shop-users', audience: 'shop-api', ttlSeconds: 600 };

describe('users subgraph', () => {
  let subgraph: StartedSubgraph;
  const bus = new InMemoryEventBus();
  const published: string[] = [];

  beforeAll(async () => {
    await bus.subscribe('test', async (e) => void published.push(e.type));
    subgraph = await startUsersSubgraph({ port: 0, gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET, logger: createLogger('silent'), seed: true, bus, tokens });
  });
  afterAll(() => subgraph?.close());

  it('refuses calls that do not carry the gateway signature', async () => {
    const res = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-shop-user-id': 'usr_admin', 'x-shop-user-role': 'ADMIN' },
      body: '{"query":"{ me { id } }"}',
    });
    expect(res.status).toBe(401);
    const forged = await callSubgraph(subgraph.url, '{ me { id } }', {}, admin, 'x'.repeat(40));
    expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers /health without a signature', async () => {
    const res = await fetch(subgraph.url.replace('/graphql', '/health'));
    expect(await res.json()).toMatchObject({ status: 'ok', checks: { database: 'ok' } });
  });

  it('tells the signed-in user who they are, and anonymous callers nothing', async () => {
    expect((await callSubgraph(subgraph.url, '{ me { id email role } }', {}, customer('usr_0001'))).data?.me).toEqual({
      id: 'usr_0001',
      email: 'ava.haddad1@example.com',
      role: 'CUSTOMER',
    });
    expect((await callSubgraph(subgraph.url, '{ me { id } }', {}, anonymous)).data?.me).toBeNull();
  });

  it('lets staff look up any user and refuses customers', async () => {
    expect((await callSubgraph(subgraph.url, '{ user(id: "usr_0002") { email } }', {}, admin)).data?.user).toEqual({
      email: expect.stringContaining('@example.com'),
    });
    const denied = await callSubgraph(subgraph.url, '{ user(id: "usr_0002") { email } }', {}, customer('usr_0001'));
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anon = await callSubgraph(subgraph.url, '{ user(id: "usr_0002") { email } }', {}, anonymous);
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("hides another user's email when the user is reached as an entity", async () => {
    const res = await callSubgraph(
      subgraph.url,
      '{ _entities(representations: [{__typename: "User", id: "usr_0002"}]) { ... on User { name email } } }',
      {},
      customer('usr_0001'),
    );
    expect(res.data?._entities[0]).toEqual({ name: expect.any(String), email: null });
    expect(res.errors).toBeUndefined();
  });

  it('logs in with the demo credentials and signs a verifiable token', async () => {
    const res = await callSubgraph(
      subgraph.url,
      'mutation { login(email: "ADMIN@shop.example", password: "demo-admin-password") { token user { id role } userErrors { code } } }',
    );
    const login = res.data?.login;
    expect(login.userErrors).toEqual([]);
    const { payload, protectedHeader } = await jwtVerify(login.token, new TextEncoder().encode(tokens.secret), {
      issuer: tokens.issuer,
      audience: tokens.audience,
    });
    expect(protectedHeader.alg).toBe('HS256');
    expect(payload).toMatchObject({ sub: 'usr_admin', role: 'ADMIN' });
  });

  it('refuses the demo credentials in production', async () => {
    const prod = await startUsersSubgraph({
      port: 0,
      gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET,
      logger: createLogger('silent'),
      seed: true,
      production: true,
      bus: new InMemoryEventBus(),
      tokens,
    });
    try {
      for (const { email, password } of Object.values(DEMO_CREDENTIALS)) {
        const res = await callSubgraph(
          prod.url,
          'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token refreshToken userErrors { code } } }',
          {
            e: email,
            p: password,
          },
        );
        expect(res.data?.login, email).toEqual({ token: null, refreshToken: null, userErrors: [{ code: 'INVALID_CREDENTIALS' }] });
      }
    } finally {
      await prod.close();
    }
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const wrong = await callSubgraph(subgraph.url, 'mutation { login(email: "admin@shop.example", password: "nope") { token userErrors { code } } }');
    const unknown = await callSubgraph(subgraph.url, 'mutation { login(email: "ghost@shop.example", password: "nope") { token userErrors { code } } }');
    expect(wrong.data?.login).toEqual({ token: null, userErrors: [{ code: 'INVALID_CREDENTIALS' }] });
    expect(unknown.data?.login).toEqual(wrong.data?.login);
  });

  it('registers a customer once, announces it, and refuses the email again', async () => {
    const mutation = 'mutation($input: RegisterInput!) { register(input: $input) { token user { id role email } userErrors { code field } } }';
    const input = { email: 'New.Shopper@example.com', password: 'a-good-passw0rd', name: 'New Shopper' };
    const first = await callSubgraph(subgraph.url, mutation, { input });
    expect(first.data?.register.userErrors).toEqual([]);
    expect(first.data?.register.user).toMatchObject({ role: 'CUSTOMER', email: 'new.shopper@example.com' });
    await waitFor(() => published.includes('user.registered'), { message: 'user.registered event' });
    const again = await callSubgraph(subgraph.url, mutation, { input });
    expect(again.data?.register).toMatchObject({ token: null, user: null, userErrors: [{ code: 'EMAIL_TAKEN', field: 'email' }] });
  });

  it('resolves a batch of user references with one query', async () => {
    subgraph.resetQueryCount();
    const reps = Array.from({ length: 30 }, (_, i) => ({ __typename: 'User', id: `usr_${String(i + 1).padStart(4, '0')}` }));
    const res = await callSubgraph(subgraph.url, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id name } } }', { r: reps }, admin);
    expect(res.data?._entities).toHaveLength(30);
    expect(subgraph.queryCount()).toBe(1);
  });
});
