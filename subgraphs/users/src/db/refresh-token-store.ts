import type { Database } from '@shop/stores';
import { and, eq, gt, isNotNull, isNull, notExists } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { refreshTokens, type UsersSchema } from './schema';

export type RefreshTokenRow = typeof refreshTokens.$inferSelect;

/** A token to store: its hash only, never the token itself. */
export interface NewRefreshToken {
  id: string;
  userId: string;
  familyId: string;
  tokenHash: string;
  expiresAt: Date;
}

export type RotateOutcome =
  /** The presented token is now used and `next` is stored in its family. */
  | { kind: 'rotated'; userId: string; familyId: string }
  /** The presented token had been used already: its whole family is now revoked. */
  | { kind: 'reused'; userId: string; familyId: string }
  /** Unknown, expired or revoked; nothing changed. */
  | { kind: 'invalid' };

/** What sign-in sessions need from the store. Every method takes the caller's clock. */
export interface RefreshTokenStore {
  /** Stores the first token of a new family (a sign-in). */
  insert(token: NewRefreshToken, now: Date): Promise<void>;
  /**
   * Marks the token with `tokenHash` used — only if it is unused, unexpired and its family is not
   * revoked, in one conditional statement — and stores `next` (same user and family) in the same
   * transaction.
   * Of concurrent calls with one token at most one rotates.
   */
  rotate(tokenHash: string, next: Omit<NewRefreshToken, 'userId' | 'familyId'>, now: Date): Promise<RotateOutcome>;
  /** Revokes the family of the token with `tokenHash`; false when no such token exists. */
  revokeFamilyOf(tokenHash: string, now: Date): Promise<boolean>;
  /** Revokes every family of the user; returns how many live tokens that revoked. */
  revokeAllOf(userId: string, now: Date): Promise<number>;
  /** A token by hash, whatever its state (for tests and diagnostics). */
  findByHash(tokenHash: string): Promise<RefreshTokenRow | undefined>;
}

/** Another token of the same family, for "has this family been revoked?". */
const sibling = alias(refreshTokens, 'sibling');

export function createRefreshTokenStore(db: Database<UsersSchema>): RefreshTokenStore {
  /**
   * Revocation always covers a whole family, so one revoked token means a revoked family. Checking
   * that (not only the token's own flag) also kills a successor that a rotation inserted while a
   * logout was revoking the family: the rows the logout saw are revoked, so the successor is too.
   */
  const familyNotRevoked = notExists(
    db
      .select({ id: sibling.id })
      .from(sibling)
      .where(and(eq(sibling.familyId, refreshTokens.familyId), isNotNull(sibling.revokedAt))),
  );
  const revokeFamily = (tx: Pick<Database<UsersSchema>, 'update'>, familyId: string, now: Date) =>
    tx
      .update(refreshTokens)
      .set({ revokedAt: now })
      .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)))
      .returning({ id: refreshTokens.id });

  return {
    async insert(token, now) {
      await db.insert(refreshTokens).values({ ...token, createdAt: now });
    },

    rotate: (tokenHash, next, now) =>
      db.transaction(async (tx): Promise<RotateOutcome> => {
        const [claimed] = await tx
          .update(refreshTokens)
          .set({ usedAt: now })
          .where(
            and(
              eq(refreshTokens.tokenHash, tokenHash),
              isNull(refreshTokens.usedAt),
              isNull(refreshTokens.revokedAt),
              gt(refreshTokens.expiresAt, now),
              familyNotRevoked,
            ),
          )
          .returning({ userId: refreshTokens.userId, familyId: refreshTokens.familyId });
        if (claimed) {
          await tx.insert(refreshTokens).values({ ...next, userId: claimed.userId, familyId: claimed.familyId, createdAt: now });
          return { kind: 'rotated', ...claimed };
        }
        // Not claimable. A token that was used before is being replayed: someone else holds a copy.
        const [seen] = await tx
          .select({ userId: refreshTokens.userId, familyId: refreshTokens.familyId, usedAt: refreshTokens.usedAt })
          .from(refreshTokens)
          .where(eq(refreshTokens.tokenHash, tokenHash));
        if (!seen?.usedAt) return { kind: 'invalid' };
        await revokeFamily(tx, seen.familyId, now);
        return { kind: 'reused', userId: seen.userId, familyId: seen.familyId };
      }),

    async revokeFamilyOf(tokenHash, now) {
      const [token] = await db.select({ familyId: refreshTokens.familyId }).from(refreshTokens).where(eq(refreshTokens.tokenHash, tokenHash));
      if (!token) return false;
      await revokeFamily(db, token.familyId, now);
      return true;
    },

    async revokeAllOf(userId, now) {
      const revoked = await db
        .update(refreshTokens)
        .set({ revokedAt: now })
        .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)))
        .returning({ id: refreshTokens.id });
      return revoked.length;
    },

    findByHash: async (tokenHash) => (await db.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, tokenHash)).limit(1))[0],
  };
}
