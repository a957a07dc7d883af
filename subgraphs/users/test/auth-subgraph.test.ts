import { DEMO_CREDENTIALS, demoUsers } from '@shop/demo-data';
import { createLogger, DEMO_SECRETS, type Role, type StartedSubgraph } from '@shop/kit';
import { InMemoryEventBus } from '@shop/stores';
import { admin, anonymous, callSubgraph, customer } from '@shop/testing';
import { jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startUsersSubgraph } from '../src/app';

const tokens = { secret: DEMO_SECRETS.JWT_SECRET, issuer: 'shop-users', audience: 'shop-api', ttlSeconds: 900, refreshTtlSeconds: 3600 };
const AUTH_FIELDS = 'token expiresAt refreshToken refreshTokenExpiresAt user { id role email } userErrors { code field message }';

interface Auth {
  token: string | null;
  expiresAt: string | null;
  refreshToken: string | null;
  refreshTokenExpiresAt: string | null;
  user: { id: string; role: Role; email: string | null } | null;
  userErrors: { code: string; field: string | null; message: string }[];
}

describe('users subgraph: sessions and roles', () => {
  let subgraph: StartedSubgraph;
  /** The sessions' clock: real time unless a test moves it. */
  let clockMs = Date.now();

  beforeAll(async () => {
    subgraph = await startUsersSubgraph({
      port: 0,
      gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET,
      logger: createLogger('silent'),
      seed: true,
      bus: new InMemoryEventBus(),
      tokens,
      clock: () => new Date(clockMs),
    });
  });
  afterAll(() => subgraph?.close());

  const mutate = async <T>(field: string, query: string, variables: Record<string, unknown> = {}, as: Parameters<typeof callSubgraph>[3] = anonymous) => {
    const res = await callSubgraph(subgraph.url, query, variables, as);
    if (!res.data?.[field]) throw new Error(JSON.stringify(res.errors));
    return res.data[field] as T;
  };
  const login = (email: string, password: string) =>
    mutate<Auth>('login', `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { ${AUTH_FIELDS} } }`, { e: email, p: password });
  const refresh = (refreshToken: string | null) =>
    mutate<Auth>('refreshToken', `mutation($t: String!) { refreshToken(refreshToken: $t) { ${AUTH_FIELDS} } }`, { t: refreshToken });
  const logout = (refreshToken: string | null) =>
    mutate<{ ok: boolean; userErrors: { code: string }[] }>('logout', 'mutation($t: String!) { logout(refreshToken: $t) { ok userErrors { code } } }', {
      t: refreshToken,
    });
  const claims = async (token: string | null) =>
    (await jwtVerify(token!, new TextEncoder().encode(tokens.secret), { issuer: tokens.issuer, audience: tokens.audience, currentDate: new Date(clockMs) }))
      .payload;
  const emailOf = (id: string) => demoUsers().find((u) => u.id === id)!.email;
  const customerLogin = (n: number) => login(emailOf(`usr_${String(n).padStart(4, '0')}`), DEMO_CREDENTIALS.customer.password);
  const INVALID = [{ code: 'INVALID_REFRESH_TOKEN', field: 'refreshToken', message: 'The refresh token is not valid. Sign in again.' }];

  it('signs in with a short-lived access token and a refresh token', async () => {
    clockMs = Date.now();
    const auth = await customerLogin(1);
    expect(auth.userErrors).toEqual([]);
    expect(auth.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(auth.expiresAt!) - clockMs).toBeLessThanOrEqual(900_000);
    expect(Date.parse(auth.expiresAt!) - clockMs).toBeGreaterThan(898_000);
    expect(Date.parse(auth.refreshTokenExpiresAt!) - clockMs).toBe(3_600_000);
    expect(await claims(auth.token)).toMatchObject({ sub: 'usr_0001', role: 'CUSTOMER', iss: 'shop-users', aud: 'shop-api' });
  });

  it('rotates: a refresh gives a new pair and the old refresh token stops working', async () => {
    const first = await customerLogin(1);
    const second = await refresh(first.refreshToken);
    expect(second.userErrors).toEqual([]);
    expect(second.user).toEqual({ id: 'usr_0001', role: 'CUSTOMER', email: 'ava.haddad1@example.com' });
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(await claims(second.token)).toMatchObject({ sub: 'usr_0001', role: 'CUSTOMER' });
    const third = await refresh(second.refreshToken);
    expect(third.userErrors).toEqual([]);
    expect(third.refreshToken).not.toBe(second.refreshToken);
  });

  it('revokes the whole sign-in when a used refresh token comes back, with the same answer as garbage', async () => {
    const stolen = await customerLogin(1);
    const legit = await refresh(stolen.refreshToken);
    const replay = await refresh(stolen.refreshToken);
    expect(replay).toMatchObject({ token: null, refreshToken: null, user: null, userErrors: INVALID });
    expect((await refresh(legit.refreshToken)).userErrors).toEqual(INVALID);
    expect((await refresh('not-a-token')).userErrors).toEqual(INVALID);
    expect((await refresh('A'.repeat(43))).userErrors).toEqual(INVALID);
  });

  it('lets one of two concurrent refreshes with the same token succeed', async () => {
    const auth = await customerLogin(1);
    const results = await Promise.all([refresh(auth.refreshToken), refresh(auth.refreshToken)]);
    expect(results.filter((r) => r.token !== null)).toHaveLength(1);
    expect(results.filter((r) => r.userErrors[0]?.code === 'INVALID_REFRESH_TOKEN')).toHaveLength(1);
  });

  it('refuses an expired refresh token', async () => {
    clockMs = Date.now();
    const auth = await customerLogin(1);
    clockMs += 3_600_000;
    expect((await refresh(auth.refreshToken)).userErrors).toEqual(INVALID);
    clockMs = Date.now();
  });

  it('logs out one sign-in, idempotently, and keeps the others', async () => {
    const phone = await customerLogin(1);
    const laptop = await customerLogin(1);
    const next = await refresh(phone.refreshToken);
    expect(await logout(next.refreshToken)).toEqual({ ok: true, userErrors: [] });
    expect(await logout(next.refreshToken)).toEqual({ ok: true, userErrors: [] });
    expect((await refresh(next.refreshToken)).userErrors).toEqual(INVALID);
    expect(await logout('B'.repeat(43))).toEqual({ ok: false, userErrors: [{ code: 'INVALID_REFRESH_TOKEN' }] });
    expect((await refresh(laptop.refreshToken)).userErrors).toEqual([]);
  });

  it('logs a signed-in user out everywhere, and nobody else', async () => {
    const a = await customerLogin(1);
    const b = await customerLogin(1);
    const admins = await login(DEMO_CREDENTIALS.admin.email, DEMO_CREDENTIALS.admin.password);
    const everywhere = 'mutation { logoutEverywhere { ok userErrors { code } } }';
    const anon = await callSubgraph(subgraph.url, everywhere, {}, anonymous);
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await mutate('logoutEverywhere', everywhere, {}, customer('usr_0001'))).toEqual({ ok: true, userErrors: [] });
    for (const t of [a, b]) expect((await refresh(t.refreshToken)).userErrors).toEqual(INVALID);
    expect((await refresh(admins.refreshToken)).userErrors).toEqual([]);
  });

  it('signs the demo support agent in as SUPPORT', async () => {
    const auth = await login(DEMO_CREDENTIALS.support.email, DEMO_CREDENTIALS.support.password);
    expect(auth.user).toMatchObject({ id: 'usr_support', role: 'SUPPORT' });
    expect(await claims(auth.token)).toMatchObject({ sub: 'usr_support', role: 'SUPPORT' });
  });

  it('gives registration a refresh token and explains weak passwords', async () => {
    const register = (email: string, password: string) =>
      mutate<Auth>('register', `mutation($i: RegisterInput!) { register(input: $i) { ${AUTH_FIELDS} } }`, { i: { email, password, name: 'Reg' } });
    const weak = await register('reg.person1@example.com', 'Password123');
    expect(weak.userErrors).toEqual([{ code: 'WEAK_PASSWORD', field: 'password', message: expect.stringContaining('too common') }]);
    const own = await register('reg.person1@example.com', 'Reg.Person1@example.com');
    expect(own.userErrors).toEqual([{ code: 'WEAK_PASSWORD', field: 'password', message: expect.stringContaining('email address') }]);
    const ok = await register('reg.person1@example.com', 'a-sound-passw0rd');
    expect(ok.userErrors).toEqual([]);
    expect((await refresh(ok.refreshToken)).user?.email).toBe('reg.person1@example.com');
  });

  describe('setUserRole', () => {
    const SET_ROLE = 'mutation($u: ID!, $r: Role!) { setUserRole(userId: $u, role: $r) { user { id role } userErrors { code field } } }';
    const support = { userId: 'usr_support', role: 'SUPPORT' as const };

    it('is for admins only', async () => {
      const cases = [
        [anonymous, 'UNAUTHENTICATED'],
        [customer('usr_0002'), 'FORBIDDEN'],
        [support, 'FORBIDDEN'],
      ] as const;
      for (const [as, code] of cases) {
        const res = await callSubgraph(subgraph.url, SET_ROLE, { u: 'usr_0002', r: 'ADMIN' }, as);
        expect(res.errors?.[0]?.extensions?.code, code).toBe(code);
        expect(res.data?.setUserRole ?? null).toBeNull();
      }
      const me = await callSubgraph(subgraph.url, '{ user(id: "usr_0002") { role } }', {}, admin);
      expect(me.data?.user).toEqual({ role: 'CUSTOMER' });
    });

    it('changes a role, and the next refresh carries it', async () => {
      const session = await customerLogin(2);
      expect(await mutate('setUserRole', SET_ROLE, { u: 'usr_0002', r: 'SUPPORT' }, admin)).toEqual({
        user: { id: 'usr_0002', role: 'SUPPORT' },
        userErrors: [],
      });
      const promoted = await refresh(session.refreshToken);
      expect(promoted.user?.role).toBe('SUPPORT');
      expect(await claims(promoted.token)).toMatchObject({ sub: 'usr_0002', role: 'SUPPORT' });
      await mutate('setUserRole', SET_ROLE, { u: 'usr_0002', r: 'CUSTOMER' }, admin);
      expect((await claims((await refresh(promoted.refreshToken)).token)).role).toBe('CUSTOMER');
    });

    it('refuses to let an admin demote themself, and names unknown users', async () => {
      expect(await mutate('setUserRole', SET_ROLE, { u: 'usr_admin', r: 'SUPPORT' }, admin)).toEqual({
        user: null,
        userErrors: [{ code: 'CANNOT_DEMOTE_SELF', field: 'role' }],
      });
      expect(await mutate('setUserRole', SET_ROLE, { u: 'usr_admin', r: 'ADMIN' }, admin)).toEqual({
        user: { id: 'usr_admin', role: 'ADMIN' },
        userErrors: [],
      });
      expect(await mutate('setUserRole', SET_ROLE, { u: 'usr_nobody', r: 'SUPPORT' }, admin)).toEqual({
        user: null,
        userErrors: [{ code: 'USER_NOT_FOUND', field: 'userId' }],
      });
    });
  });
});
