import { randomUUID } from 'node:crypto';
import type { Identity, Role } from '@shop/kit';
import { ROLES } from '@shop/kit';
import { GraphQLError } from 'graphql';
import { errors as joseErrors, jwtVerify } from 'jose';
import type { RateLimitBook } from './limits/rate-limit-plugin';
import type { OperationCost } from './analysis/cost';

export interface JwtSettings {
  secret: string;
  issuer: string;
  audience: string;
}

export interface GatewayContext {
  identity: Identity;
  /** The cost this request spent from its caller's rate-limit bucket (limits/rate-limit-plugin.ts). */
  rateLimit?: RateLimitBook;
  /** The operation's requested cost, computed at admission (absent when Apollo answers without one). */
  cost?: OperationCost;
}

/** Only HMAC-SHA256 tokens are accepted: "none" and algorithm-confusion tricks fail here. */
export const ALLOWED_ALGORITHMS = ['HS256'];

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** A verified bearer: who (null for anonymous) and until when (epoch seconds; null for anonymous). */
export interface Caller {
  userId: string | null;
  role: Role | null;
  expiresAt: number | null;
}

/**
 * Establishes who is calling from the Authorization header: once, at the edge. A missing token is
 * an anonymous shopper; a present but invalid one is an error, never silently anonymous.
 */
export async function authenticate(
  authorization: string | undefined,
  requestIdHeader: string | undefined,
  jwt: JwtSettings,
  clientIp: string | null = null,
): Promise<Identity> {
  const requestId = requestIdHeader && REQUEST_ID.test(requestIdHeader) ? requestIdHeader : randomUUID();
  const { userId, role } = await verifyAuthorization(authorization, jwt);
  return { userId, role, requestId, clientIp };
}

/** The JWT rules themselves, shared by HTTP requests and graphql-ws connection_init. */
export async function verifyAuthorization(authorization: string | undefined, jwt: JwtSettings): Promise<Caller> {
  if (!authorization) return { userId: null, role: null, expiresAt: null };
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
  try {
    const { payload } = await jwtVerify(match[1]!, new TextEncoder().encode(jwt.secret), {
      algorithms: ALLOWED_ALGORITHMS,
      issuer: jwt.issuer,
      audience: jwt.audience,
      requiredClaims: ['sub', 'exp'],
    });
    const role = payload.role as Role;
    if (!ROLES.includes(role) || typeof payload.sub !== 'string') throw unauthenticated('The token does not name a user and role.');
    return { userId: payload.sub, role, expiresAt: payload.exp! };
  } catch (error) {
    if (error instanceof GraphQLError) throw error;
    if (error instanceof joseErrors.JWTExpired) throw unauthenticated('The token has expired.');
    throw unauthenticated('The token is not valid.');
  }
}

const unauthenticated = (message: string) => new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
