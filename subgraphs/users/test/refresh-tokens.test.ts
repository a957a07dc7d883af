import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  generateRefreshToken,
  hashRefreshToken,
  issueRefreshToken,
  isWellFormedRefreshToken,
  REFRESH_TOKEN_LENGTH,
  refreshTokenExpiry,
} from '../src/domain/refresh-tokens';

describe('refresh token helpers', () => {
  it('generates 32 random bytes as unpadded base64url', () => {
    const token = generateRefreshToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(REFRESH_TOKEN_LENGTH).toBe(43);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(new Set(Array.from({ length: 200 }, generateRefreshToken)).size).toBe(200);
  });

  it('hashes with SHA-256 (hex), deterministically, and never returns the token', () => {
    const token = generateRefreshToken();
    const hash = hashRefreshToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashRefreshToken(token));
    expect(hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(hash).not.toContain(token);
    expect(hashRefreshToken(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).not.toBe(hash);
  });

  it('accepts only the shape it issues', () => {
    expect(isWellFormedRefreshToken(generateRefreshToken())).toBe(true);
    expect(isWellFormedRefreshToken('')).toBe(false);
    expect(isWellFormedRefreshToken('a'.repeat(42))).toBe(false);
    expect(isWellFormedRefreshToken('a'.repeat(44))).toBe(false);
    expect(isWellFormedRefreshToken(`${'a'.repeat(42)}=`)).toBe(false);
    expect(isWellFormedRefreshToken(`${'a'.repeat(42)}/`)).toBe(false);
  });

  it('issues a token whose stored hash matches, in a new family unless one is given', () => {
    const now = new Date('2026-03-01T00:00:00.000Z');
    const first = issueRefreshToken(now, 60);
    expect(first.tokenHash).toBe(hashRefreshToken(first.token));
    expect(first.expiresAt.toISOString()).toBe('2026-03-01T00:01:00.000Z');
    expect(first.id).toMatch(/^rtk_/);
    expect(first.familyId).toMatch(/^rtf_/);
    expect(issueRefreshToken(now, 60).familyId).not.toBe(first.familyId);
    expect(issueRefreshToken(now, 60, first.familyId).familyId).toBe(first.familyId);
  });

  it('computes expiry from the clock and the TTL in seconds', () => {
    expect(refreshTokenExpiry(new Date(0), 30 * 24 * 3600).toISOString()).toBe('1970-01-31T00:00:00.000Z');
  });
});
