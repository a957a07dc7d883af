import type { Logger } from '@shop/kit';
import type { RefreshTokenStore } from '../db/refresh-token-store';
import type { UserRow, UserStore } from '../db/user-store';
import { DEFAULT_REFRESH_TOKEN_TTL_SECONDS, hashRefreshToken, issueRefreshToken, isWellFormedRefreshToken } from '../domain/refresh-tokens';
import { signAccessToken, type TokenSettings } from '../domain/tokens';
import type { UserError } from '../domain/validation';

/** The outcome of register, login and refreshToken: a session on success, userErrors otherwise. */
export interface AuthResult {
  token: string | null;
  expiresAt: string | null;
  refreshToken: string | null;
  refreshTokenExpiresAt: string | null;
  user: UserRow | null;
  userErrors: UserError[];
}

export interface LogoutResult {
  ok: boolean;
  userErrors: UserError[];
}

export const authFailure = (userErrors: UserError[]): AuthResult => ({
  token: null,
  expiresAt: null,
  refreshToken: null,
  refreshTokenExpiresAt: null,
  user: null,
  userErrors,
});

/** One answer for unknown, expired, revoked and replayed tokens: the caller learns nothing more. */
const INVALID_REFRESH_TOKEN: UserError = {
  code: 'INVALID_REFRESH_TOKEN',
  message: 'The refresh token is not valid. Sign in again.',
  field: 'refreshToken',
};

export interface SessionServiceDeps {
  users: UserStore;
  refreshTokens: RefreshTokenStore;
  tokens: TokenSettings;
  logger: Logger;
  /** The clock; tests move it. */
  now?: () => Date;
}

/**
 * Sign-in sessions: a short-lived access token (JWT) plus an opaque, rotating refresh token. Every
 * new access token carries the user's role as stored at that moment.
 */
export function createSessionService({ users, refreshTokens, tokens, logger, now = () => new Date() }: SessionServiceDeps) {
  const refreshTtl = tokens.refreshTtlSeconds ?? DEFAULT_REFRESH_TOKEN_TTL_SECONDS;

  async function sessionFor(user: UserRow, refresh: { token: string; expiresAt: Date }, at: Date): Promise<AuthResult> {
    const access = await signAccessToken(tokens, user, at.getTime());
    return { ...access, refreshToken: refresh.token, refreshTokenExpiresAt: refresh.expiresAt.toISOString(), user, userErrors: [] };
  }

  return {
    /** Starts a new token family for a user who just proved who they are. */
    async start(user: UserRow): Promise<AuthResult> {
      const at = now();
      const issued = issueRefreshToken(at, refreshTtl);
      await refreshTokens.insert({ id: issued.id, userId: user.id, familyId: issued.familyId, tokenHash: issued.tokenHash, expiresAt: issued.expiresAt }, at);
      return sessionFor(user, issued, at);
    },

    /** Exchanges a refresh token for a new pair; a replayed token revokes its whole family. */
    async refresh(presented: string): Promise<AuthResult> {
      if (!isWellFormedRefreshToken(presented)) return authFailure([INVALID_REFRESH_TOKEN]);
      const at = now();
      const next = issueRefreshToken(at, refreshTtl);
      const outcome = await refreshTokens.rotate(hashRefreshToken(presented), { id: next.id, tokenHash: next.tokenHash, expiresAt: next.expiresAt }, at);
      if (outcome.kind === 'reused') {
        logger.warn('refresh token reused; its family is revoked', { userId: outcome.userId, familyId: outcome.familyId });
      }
      if (outcome.kind !== 'rotated') return authFailure([INVALID_REFRESH_TOKEN]);
      const [user] = await users.findByIds([outcome.userId]);
      if (!user) return authFailure([INVALID_REFRESH_TOKEN]);
      return sessionFor(user, next, at);
    },

    /** Revokes the family of `presented`. Idempotent: a used, expired or revoked token still counts. */
    async logout(presented: string): Promise<LogoutResult> {
      const known = isWellFormedRefreshToken(presented) && (await refreshTokens.revokeFamilyOf(hashRefreshToken(presented), now()));
      return known ? { ok: true, userErrors: [] } : { ok: false, userErrors: [INVALID_REFRESH_TOKEN] };
    },

    /** Revokes every refresh token of the user: every device must sign in again. */
    async logoutEverywhere(userId: string): Promise<LogoutResult> {
      await refreshTokens.revokeAllOf(userId, now());
      return { ok: true, userErrors: [] };
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
