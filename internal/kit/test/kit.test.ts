import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ConfigError,
  DEMO_SECRETS,
  baseEnv,
  decodeCursor,
  encodeCursor,
  formatMinor,
  pageSize,
  parseAmount,
  parseConfig,
  signIdentity,
  toConnection,
  toMoney,
  verifyIdentity,
  type Identity,
} from '../src';

describe('money', () => {
  it('formats minor units as decimal strings', () => {
    expect(toMoney(1999, 'USD')).toEqual({ amount: '19.99', currencyCode: 'USD' });
    expect(formatMinor(5, 'USD')).toBe('0.05');
    expect(formatMinor(-120, 'EUR')).toBe('-1.20');
    expect(formatMinor(1500, 'JPY')).toBe('1500');
    expect(formatMinor(900719925474099n * 10n, 'USD')).toBe('90071992547409.90');
  });
  it('parses decimal strings exactly, never through floating point', () => {
    expect(parseAmount('19.99', 'USD')).toBe(1999);
    expect(parseAmount('0.1', 'USD')).toBe(10);
    expect(parseAmount('1234', 'USD')).toBe(123400);
    expect(parseAmount('-2.50', 'USD')).toBe(-250);
    expect(() => parseAmount('1.999', 'USD')).toThrow(/decimal places/);
    expect(() => parseAmount('1e3', 'USD')).toThrow(/not a decimal/);
    expect(() => parseAmount('', 'USD')).toThrow();
  });
});

describe('pagination', () => {
  it('enforces 0..100 with a default', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(101)).toThrow(/between 0 and 100/);
    expect(() => pageSize(-1)).toThrow();
  });
  it('round-trips opaque cursors and rejects forged ones', () => {
    const isPair = (v: unknown): v is [string, string] => Array.isArray(v) && v.length === 2;
    expect(decodeCursor(encodeCursor(['2026-01-01', 'o1']), isPair)).toEqual(['2026-01-01', 'o1']);
    expect(() => decodeCursor('garbage!!', isPair)).toThrow(/not a valid cursor/);
    expect(() => decodeCursor(encodeCursor({ x: 1 }), isPair)).toThrow(/not a valid cursor/);
  });
  it('builds a connection from first + 1 rows', () => {
    const c = toConnection([1, 2, 3], 2, 10, (n) => n);
    expect(c.edges.map((e) => e.node)).toEqual([1, 2]);
    expect(c.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(2) });
    expect(toConnection([1], 2, 1, (n) => n).pageInfo.hasNextPage).toBe(false);
  });
});

describe('signed identity', () => {
  const secret = 's'.repeat(40);
  const id: Identity = { userId: 'usr_1', role: 'CUSTOMER', requestId: 'req-1' };
  const lookup = (h: Record<string, string>) => (name: string) => h[name];

  it('verifies what the gateway signed', () => {
    const res = verifyIdentity(secret, lookup(signIdentity(secret, id)));
    expect(res).toEqual({ ok: true, identity: id });
  });
  it('rejects a tampered role, a wrong secret, a missing signature and an old signature', () => {
    const headers = signIdentity(secret, id);
    expect(verifyIdentity(secret, lookup({ ...headers, 'x-shop-user-role': 'ADMIN' })).ok).toBe(false);
    expect(verifyIdentity('t'.repeat(40), lookup(headers)).ok).toBe(false);
    expect(verifyIdentity(secret, lookup({})).ok).toBe(false);
    const old = signIdentity(secret, id, undefined, Date.now() - 61_000);
    expect(verifyIdentity(secret, lookup(old))).toEqual({ ok: false, reason: 'identity signature expired' });
  });
  it('binds an HTTP signature to its method and body, and refuses a clock more than 60 s off', () => {
    const request = { method: 'POST', body: '{"query":"{ me { id } }"}' };
    const headers = signIdentity(secret, id, request);
    expect(verifyIdentity(secret, lookup(headers), request)).toEqual({ ok: true, identity: id });
    expect(verifyIdentity(secret, lookup(headers), { ...request, body: '{"query":"mutation { x }"}' })).toEqual({
      ok: false,
      reason: 'bad identity signature',
    });
    expect(verifyIdentity(secret, lookup(headers), { ...request, method: 'GET' }).ok).toBe(false);
    // A socket signature is not an HTTP one, nor the other way round.
    expect(verifyIdentity(secret, lookup(signIdentity(secret, id)), request).ok).toBe(false);
    expect(verifyIdentity(secret, lookup(headers)).ok).toBe(false);
    const future = signIdentity(secret, id, request, Date.now() + 61_000);
    expect(verifyIdentity(secret, lookup(future), request)).toEqual({ ok: false, reason: 'identity signature expired' });
  });
  it('carries anonymous callers too', () => {
    const anon: Identity = { userId: null, role: null, requestId: 'r' };
    expect(verifyIdentity(secret, lookup(signIdentity(secret, anon)))).toEqual({ ok: true, identity: anon });
  });
});

describe('config', () => {
  const shape = { ...baseEnv, PORT: z.coerce.number().int() };
  it('applies defaults and treats empty variables as unset', () => {
    const c = parseConfig(shape, { PORT: '4001', REDIS_URL: '' });
    expect(c).toMatchObject({ PORT: 4001, NODE_ENV: 'development', GATEWAY_SECRET: DEMO_SECRETS.GATEWAY_SECRET });
    expect(c.REDIS_URL).toBeUndefined();
  });
  it('lists every problem at once', () => {
    try {
      parseConfig(shape, { PORT: 'abc', NODE_ENV: 'staging', REDIS_URL: 'not a url' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems.map((p) => p.split(':')[0])).toEqual(expect.arrayContaining(['PORT', 'NODE_ENV', 'REDIS_URL']));
    }
  });
  it('refuses the demo secrets in production', () => {
    expect(() => parseConfig(shape, { PORT: '1', NODE_ENV: 'production' })).toThrow(/GATEWAY_SECRET: the demo secret is refused in production/);
    expect(parseConfig(shape, { PORT: '1', NODE_ENV: 'production', GATEWAY_SECRET: 'p'.repeat(40) }).GATEWAY_SECRET).toBe('p'.repeat(40));
  });
});
