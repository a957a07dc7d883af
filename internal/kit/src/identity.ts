import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

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

/** How far a signature's timestamp may be from the subgraph's clock, either way (skew and replay window). */
export const IDENTITY_MAX_AGE_SECONDS = 60;

/**
 * The HTTP request a signature is bound to: a captured set of headers cannot be replayed with
 * another method or body. Socket identities (connection_init, a subscribe message's extensions)
 * are signed without one: only the gateway can open those sockets, and the two payload forms
 * differ, so a socket signature is never accepted on HTTP.
 */
export interface BoundRequest {
  method: string;
  body: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const payload = (id: Identity, ts: number, request?: BoundRequest) => {
  const who = `${ts}\n${id.userId ?? ''}\n${id.role ?? ''}\n${id.requestId}\n${id.clientIp ?? ''}`;
  return request ? `v2-http\n${who}\n${request.method.toUpperCase()}\n${sha256(request.body)}` : `v1\n${who}`;
};
const mac = (secret: string, data: string) => createHmac('sha256', secret).update(data).digest('hex');

/** Headers the gateway adds to every subgraph fetch (bound to its method and body), or to a socket message. */
export function signIdentity(secret: string, identity: Identity, request?: BoundRequest, now = Date.now()): Record<string, string> {
  const ts = Math.floor(now / 1000);
  return {
    [IDENTITY_HEADERS.userId]: identity.userId ?? '',
    [IDENTITY_HEADERS.role]: identity.role ?? '',
    [IDENTITY_HEADERS.requestId]: identity.requestId,
    [IDENTITY_HEADERS.clientIp]: identity.clientIp ?? '',
    [IDENTITY_HEADERS.timestamp]: String(ts),
    [IDENTITY_HEADERS.signature]: mac(secret, payload(identity, ts, request)),
  };
}

export type HeaderLookup = (name: string) => string | undefined;

/**
 * Returns the identity when the headers carry a fresh, valid signature — over `request` when given
 * (HTTP), else a socket signature; otherwise a reason.
 */
export function verifyIdentity(
  secret: string,
  header: HeaderLookup,
  request?: BoundRequest,
  now = Date.now(),
): { ok: true; identity: Identity } | { ok: false; reason: string } {
  const signature = header(IDENTITY_HEADERS.signature);
  const tsRaw = header(IDENTITY_HEADERS.timestamp);
  if (!signature || !tsRaw) return { ok: false, reason: 'missing identity signature' };
  const ts = Number(tsRaw);
  const age = Math.floor(now / 1000) - ts;
  if (!Number.isInteger(ts) || Math.abs(age) > IDENTITY_MAX_AGE_SECONDS) {
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
  const expected = Buffer.from(mac(secret, payload(identity, ts, request)), 'hex');
  const given = Buffer.from(signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'bad identity signature' };
  }
  return { ok: true, identity };
}

export const isStaff = (identity: Identity) => identity.role === 'ADMIN' || identity.role === 'SUPPORT';
export const isAdmin = (identity: Identity) => identity.role === 'ADMIN';
