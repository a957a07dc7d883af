import { createHmac, timingSafeEqual } from 'node:crypto';

export type Role = 'CUSTOMER' | 'SUPPORT' | 'ADMIN';
export const ROLES: readonly Role[] = ['CUSTOMER', 'SUPPORT', 'ADMIN'];

/** Who is calling, as established by the gateway. `userId` is null for anonymous shoppers. */
export interface Identity {
  userId: string | null;
  role: Role | null;
  requestId: string;
  /** The caller's address as the gateway saw it (TRUST_PROXY decides whether X-Forwarded-For counts); for per-IP throttles. */
  clientIp?: string | null;
}

export const IDENTITY_HEADERS = {
  userId: 'x-shop-user-id',
  role: 'x-shop-user-role',
  requestId: 'x-shop-request-id',
  clientIp: 'x-shop-client-ip',
  timestamp: 'x-shop-identity-ts',
  signature: 'x-shop-identity-sig',
} as const;

/** How old a signed identity may be when it reaches a subgraph. */
export const IDENTITY_MAX_AGE_SECONDS = 300;

const payload = (id: Identity, ts: number) => `v1\n${ts}\n${id.userId ?? ''}\n${id.role ?? ''}\n${id.requestId}\n${id.clientIp ?? ''}`;
const mac = (secret: string, data: string) => createHmac('sha256', secret).update(data).digest('hex');

/** Headers the gateway adds to every subgraph fetch. */
export function signIdentity(secret: string, identity: Identity, now = Date.now()): Record<string, string> {
  const ts = Math.floor(now / 1000);
  return {
    [IDENTITY_HEADERS.userId]: identity.userId ?? '',
    [IDENTITY_HEADERS.role]: identity.role ?? '',
    [IDENTITY_HEADERS.requestId]: identity.requestId,
    [IDENTITY_HEADERS.clientIp]: identity.clientIp ?? '',
    [IDENTITY_HEADERS.timestamp]: String(ts),
    [IDENTITY_HEADERS.signature]: mac(secret, payload(identity, ts)),
  };
}

export type HeaderLookup = (name: string) => string | undefined;

/** Returns the identity when the headers carry a fresh, valid signature; otherwise a reason. */
export function verifyIdentity(secret: string, header: HeaderLookup, now = Date.now()): { ok: true; identity: Identity } | { ok: false; reason: string } {
  const signature = header(IDENTITY_HEADERS.signature);
  const tsRaw = header(IDENTITY_HEADERS.timestamp);
  if (!signature || !tsRaw) return { ok: false, reason: 'missing identity signature' };
  const ts = Number(tsRaw);
  const age = Math.floor(now / 1000) - ts;
  if (!Number.isInteger(ts) || age > IDENTITY_MAX_AGE_SECONDS || age < -60) {
    return { ok: false, reason: 'identity signature expired' };
  }
  const role = header(IDENTITY_HEADERS.role) || null;
  if (role !== null && !ROLES.includes(role as Role)) return { ok: false, reason: 'unknown role' };
  const identity: Identity = {
    userId: header(IDENTITY_HEADERS.userId) || null,
    role: role as Role | null,
    requestId: header(IDENTITY_HEADERS.requestId) ?? '',
  };
  const clientIp = header(IDENTITY_HEADERS.clientIp);
  if (clientIp) identity.clientIp = clientIp;
  const expected = Buffer.from(mac(secret, payload(identity, ts)), 'hex');
  const given = Buffer.from(signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'bad identity signature' };
  }
  return { ok: true, identity };
}

export const isStaff = (identity: Identity) => identity.role === 'ADMIN' || identity.role === 'SUPPORT';
export const isAdmin = (identity: Identity) => identity.role === 'ADMIN';
