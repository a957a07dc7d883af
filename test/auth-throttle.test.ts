import { composeServices } from '@apollo/composition';
import { startGateway, type RunningGateway } from '@shop/gateway';
import { createLogger, DEMO_SECRETS, type StartedSubgraph } from '@shop/kit';
import { InMemoryEventBus } from '@shop/stores';
import { startUsersSubgraph, typeDefs as usersTypeDefs } from '@shop/users-subgraph';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';

/**
 * Sign-in, registration and refresh throttled per account and per client address, seen through
 * the gateway: attempts are counted per call, so aliases in one document are attempts each, and a
 * refused attempt is refused even with the right password. The gateway trusts one proxy here so
 * that X-Forwarded-For can play many addresses.
 */
const jwt = { secret: DEMO_SECRETS.JWT_SECRET, issuer: 'shop-users', audience: 'shop-api' };
const PASSWORD = 'correct-horse-42';

type Result = { code: string; retryAfterSeconds: number | null }[];

describe('credential throttling through the gateway', () => {
  let users: StartedSubgraph;
  let gateway: RunningGateway;

  beforeAll(async () => {
    users = await startUsersSubgraph({
      port: 0,
      gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET,
      logger: createLogger('silent'),
      seed: false,
      bus: new InMemoryEventBus(),
      tokens: { ...jwt, ttlSeconds: 600 },
    });
    const composed = composeServices([{ name: 'users', url: users.url, typeDefs: usersTypeDefs }]);
    if (composed.errors) throw composed.errors[0];
    gateway = await startGateway({
      port: 0,
      supergraphSdl: composed.supergraphSdl,
      gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET,
      jwt,
      logger: createLogger('silent'),
      trustedProxies: 1,
      rateLimit: false,
    });
  });
  afterAll(async () => {
    await gateway?.close();
    await users?.close();
  });

  const post = async (query: string, ip?: string) => {
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(ip ? { 'x-forwarded-for': ip } : {}) },
      body: JSON.stringify({ query }),
    });
    return { status: res.status, body: (await res.json()) as { data?: Record<string, any>; errors?: unknown[] } };
  };
  const FIELDS = 'token refreshToken userErrors { code retryAfterSeconds }';
  const login = (email: string, password: string) => `login(email: "${email}", password: "${password}") { ${FIELDS} }`;
  const register = (email: string) => `register(input: { email: "${email}", password: "${PASSWORD}", name: "Test" }) { ${FIELDS} }`;
  /** Sends `count` aliased calls in one document and returns each alias's first userError code (or OK). */
  const aliased = async (count: number, call: (i: number) => string, ip: string) => {
    const res = await post(`mutation { ${Array.from({ length: count }, (_, i) => `a${i}: ${call(i)}`).join(' ')} }`, ip);
    return Object.values(res.body.data ?? {}).map((r: { token: string | null; userErrors: Result }) => r.userErrors[0]?.code ?? (r.token ? 'OK' : '?'));
  };
  const one = async (call: string, ip: string) =>
    (await post(`mutation { r: ${call} }`, ip)).body.data!.r as { token: string | null; refreshToken: string | null; userErrors: Result };
  const tally = (codes: string[]) => codes.reduce<Record<string, number>>((t, c) => ({ ...t, [c]: (t[c] ?? 0) + 1 }), {});

  it('refuses an account after 5 failed sign-ins, even the right password and from another address, with a retry hint', async () => {
    expect((await one(register('ann@example.com'), '10.1.0.1')).token).toBeTruthy();
    for (let i = 0; i < 5; i++)
      expect((await one(login('ann@example.com', 'wrong-password-1'), `10.1.1.${i}`)).userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
    for (const ip of ['10.1.1.0', '10.1.2.0']) {
      const refused = await one(login('ann@example.com', PASSWORD), ip);
      expect(refused.token).toBeNull();
      expect(refused.userErrors).toEqual([{ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: expect.any(Number) }]);
      expect(refused.userErrors[0]!.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused.userErrors[0]!.retryAfterSeconds).toBeLessThanOrEqual(900);
    }
    // Other accounts at the same addresses are unaffected.
    expect((await one(register('ben@example.com'), '10.1.0.2')).token).toBeTruthy();
    expect((await one(login('ben@example.com', PASSWORD), '10.1.1.0')).token).toBeTruthy();
  });

  it('counts each alias of one document as an attempt', async () => {
    expect((await one(register('cat@example.com'), '10.2.0.1')).token).toBeTruthy();
    // 10 aliases is as many root fields as the gateway's operation limits let one document hold.
    expect(tally(await aliased(10, () => login('cat@example.com', 'wrong-password-1'), '10.2.0.2'))).toEqual({ INVALID_CREDENTIALS: 5, TOO_MANY_ATTEMPTS: 5 });
    expect((await one(login('cat@example.com', PASSWORD), '10.2.0.3')).userErrors[0]?.code).toBe('TOO_MANY_ATTEMPTS');

    // 50 aliases: whether the gateway refuses the document or the throttle the aliases, no more than 5 passwords are tried.
    expect((await one(register('dan@example.com'), '10.2.0.4')).token).toBeTruthy();
    const fifty = await aliased(50, () => login('dan@example.com', 'wrong-password-1'), '10.2.0.5');
    expect(fifty.filter((c) => c === 'INVALID_CREDENTIALS').length).toBeLessThanOrEqual(5);
  });

  it('refuses an address after 20 failed sign-ins, whichever accounts they named', async () => {
    expect((await one(register('eve@example.com'), '10.3.0.9')).token).toBeTruthy();
    for (const batch of [0, 10]) {
      expect(tally(await aliased(10, (i) => login(`nobody${batch + i}@example.com`, 'wrong-password-1'), '10.3.0.1'))).toEqual({ INVALID_CREDENTIALS: 10 });
    }
    expect((await one(login('eve@example.com', PASSWORD), '10.3.0.1')).userErrors[0]?.code).toBe('TOO_MANY_ATTEMPTS');
    expect((await one(login('eve@example.com', PASSWORD), '10.3.0.2')).token).toBeTruthy();
  });

  it('allows 10 registrations per address an hour and 5 attempts per email', async () => {
    expect(tally(await aliased(10, (i) => register(`new${i}@example.com`), '10.4.0.1'))).toEqual({ OK: 10 });
    expect((await one(register('new10@example.com'), '10.4.0.1')).userErrors[0]?.code).toBe('TOO_MANY_ATTEMPTS');
    const sameEmail = await Promise.all(Array.from({ length: 6 }, (_, i) => one(register('taken@example.com'), `10.4.1.${i}`)));
    expect(tally(sameEmail.map((r) => r.userErrors[0]?.code ?? 'OK'))).toEqual({ OK: 1, EMAIL_TAKEN: 4, TOO_MANY_ATTEMPTS: 1 });
  });

  it('refuses an address after 30 failed refreshes', async () => {
    const session = await one(register('fay@example.com'), '10.5.0.9');
    const bogus = (i: number) => `refreshToken(refreshToken: "rt_bogus_${i}") { ${FIELDS} }`;
    for (let batch = 0; batch < 3; batch++) expect(tally(await aliased(10, bogus, '10.5.0.1'))).toEqual({ INVALID_REFRESH_TOKEN: 10 });
    const refresh = `refreshToken(refreshToken: "${session.refreshToken}") { ${FIELDS} }`;
    expect((await one(refresh, '10.5.0.1')).userErrors[0]?.code).toBe('TOO_MANY_ATTEMPTS');
    expect((await one(refresh, '10.5.0.2')).token).toBeTruthy();
  });

  it('counts sign-ins over graphql-ws against the same account', async () => {
    expect((await one(register('gus@example.com'), '10.6.0.1')).token).toBeTruthy();
    const client = createClient({ url: gateway.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
    try {
      const overSocket = (query: string) =>
        new Promise<Record<string, any>>((resolve, reject) => {
          let result: Record<string, any> = {};
          client.subscribe({ query }, { next: (r) => void (result = r), error: reject, complete: () => resolve(result) });
        });
      for (let i = 0; i < 5; i++) {
        const r = await overSocket(`mutation { r: ${login('gus@example.com', 'wrong-password-1')} }`);
        expect(r.data.r.userErrors[0].code).toBe('INVALID_CREDENTIALS');
      }
      expect((await overSocket(`mutation { r: ${login('gus@example.com', PASSWORD)} }`)).data.r.userErrors[0].code).toBe('TOO_MANY_ATTEMPTS');
      expect((await one(login('gus@example.com', PASSWORD), '10.6.0.2')).userErrors[0]?.code).toBe('TOO_MANY_ATTEMPTS');
    } finally {
      await client.dispose();
    }
  });
});
