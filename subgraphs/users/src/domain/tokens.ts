import { SignJWT } from 'jose';
import type { Role } from '@shop/kit';

export interface TokenSettings {
  secret: string;
  issuer: string;
  audience: string;
  /** Access token lifetime. */
  ttlSeconds: number;
  /** Refresh token lifetime; DEFAULT_REFRESH_TOKEN_TTL_SECONDS (30 days) when absent. */
  refreshTtlSeconds?: number;
}

/** Signs an HS256 access token the gateway verifies (algorithm, issuer, audience, expiry). */
export async function signAccessToken(settings: TokenSettings, user: { id: string; role: Role }, now = Date.now()) {
  const iat = Math.floor(now / 1000);
  const exp = iat + settings.ttlSeconds;
  const token = await new SignJWT({ role: user.role })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(user.id)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(new TextEncoder().encode(settings.secret));
  return { token, expiresAt: new Date(exp * 1000).toISOString() };
}
