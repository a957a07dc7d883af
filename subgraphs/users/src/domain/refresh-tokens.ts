import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** 30 days: how long a refresh token lives when REFRESH_TOKEN_TTL_SECONDS is not set. */
export const DEFAULT_REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 3600;

/** 256 bits of randomness: guessing a live token is not a thing. */
const TOKEN_BYTES = 32;

/** A base64url token of TOKEN_BYTES bytes is exactly this long; anything else is refused unread. */
export const REFRESH_TOKEN_LENGTH = Math.ceil((TOKEN_BYTES * 4) / 3);
const SHAPE = /^[A-Za-z0-9_-]+$/;

/** A new opaque refresh token. Only the client ever sees it; the store keeps its hash. */
export const generateRefreshToken = (): string => randomBytes(TOKEN_BYTES).toString('base64url');

/**
 * What the store keeps and looks tokens up by: SHA-256, hex. A fast hash is enough because the
 * input is 256 random bits, not a human secret; a stolen table reveals no usable token.
 */
export const hashRefreshToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** Cheap shape check so that garbage never reaches the database. */
export const isWellFormedRefreshToken = (token: string): boolean => token.length === REFRESH_TOKEN_LENGTH && SHAPE.test(token);

export const newTokenId = () => `rtk_${randomUUID()}`;
export const newFamilyId = () => `rtf_${randomUUID()}`;

export const refreshTokenExpiry = (now: Date, ttlSeconds: number) => new Date(now.getTime() + ttlSeconds * 1000);

/** A token ready to hand out (`token`) and to store (`tokenHash`). */
export interface IssuedRefreshToken {
  id: string;
  familyId: string;
  token: string;
  tokenHash: string;
  expiresAt: Date;
}

/** A fresh token in `familyId` (a new family when absent), valid for `ttlSeconds` from `now`. */
export function issueRefreshToken(now: Date, ttlSeconds: number, familyId: string = newFamilyId()): IssuedRefreshToken {
  const token = generateRefreshToken();
  return { id: newTokenId(), familyId, token, tokenHash: hashRefreshToken(token), expiresAt: refreshTokenExpiry(now, ttlSeconds) };
}
