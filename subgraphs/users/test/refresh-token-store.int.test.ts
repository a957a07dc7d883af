import { openPostgres, type PostgresStore } from '@shop/stores';
import { postgresTargets } from '@shop/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../src/app';
import { createRefreshTokenStore, type RefreshTokenStore } from '../src/db/refresh-token-store';
import { refreshTokens, schema, type UsersSchema } from '../src/db/schema';
import { createUserStore } from '../src/db/user-store';
import { issueRefreshToken } from '../src/domain/refresh-tokens';

const T0 = new Date('2026-05-01T12:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const TTL = 3600;

/** The RefreshTokenStore contract: every implementation must pass it. */
for (const target of postgresTargets()) {
  describe.skipIf(target.skip)(`RefreshTokenStore contract — ${target.name}`, () => {
    let pg: PostgresStore<UsersSchema>;
    let store: RefreshTokenStore;
    let drop: () => Promise<void>;

    beforeAll(async () => {
      const database = await target.create();
      drop = database.drop;
      pg = await openPostgres({ url: database.url, schema, migrationsFolder, pgSchema: 'users' });
      store = createRefreshTokenStore(pg.db);
      const users = createUserStore(pg.db);
      for (const id of ['u1', 'u2']) {
        await users.create({ id, email: `${id}@example.com`, name: id, role: 'CUSTOMER', passwordHash: 'x', createdAt: T0.toISOString() }, [], []);
      }
    });
    afterAll(async () => {
      await pg?.close();
      await drop?.();
    });

    /** Starts a family for `userId` at `now`; returns the issued token (with its hash). */
    const signIn = async (userId: string, now = T0, ttl = TTL) => {
      const issued = issueRefreshToken(now, ttl);
      await store.insert({ id: issued.id, userId, familyId: issued.familyId, tokenHash: issued.tokenHash, expiresAt: issued.expiresAt }, now);
      return issued;
    };
    const successor = (now = T0) => {
      const next = issueRefreshToken(now, TTL);
      return { id: next.id, tokenHash: next.tokenHash, expiresAt: next.expiresAt };
    };
    const family = (familyId: string) => pg.db.select().from(refreshTokens).where(eq(refreshTokens.familyId, familyId)).orderBy(refreshTokens.createdAt);

    it('stores a sign-in as the first token of a new family, by hash only', async () => {
      const first = await signIn('u1');
      const row = await store.findByHash(first.tokenHash);
      expect(row).toMatchObject({ userId: 'u1', familyId: first.familyId, usedAt: null, revokedAt: null });
      expect(row?.expiresAt.toISOString()).toBe(at(TTL).toISOString());
      expect(JSON.stringify(await family(first.familyId))).not.toContain(first.token);
    });

    it('rotates: marks the token used and stores its successor in the same family', async () => {
      const first = await signIn('u1');
      const next = successor(at(10));
      expect(await store.rotate(first.tokenHash, next, at(10))).toEqual({ kind: 'rotated', userId: 'u1', familyId: first.familyId });
      expect((await store.findByHash(first.tokenHash))?.usedAt?.toISOString()).toBe(at(10).toISOString());
      expect(await store.findByHash(next.tokenHash)).toMatchObject({ userId: 'u1', familyId: first.familyId, usedAt: null, revokedAt: null });
      const third = successor(at(20));
      expect(await store.rotate(next.tokenHash, third, at(20))).toMatchObject({ kind: 'rotated' });
      expect(await family(first.familyId)).toHaveLength(3);
    });

    it('treats a used token presented again as theft: the whole family is revoked, other families are not', async () => {
      const stolen = await signIn('u1');
      const other = await signIn('u1');
      const next = successor();
      await store.rotate(stolen.tokenHash, next, at(1));
      const replay = successor();
      expect(await store.rotate(stolen.tokenHash, replay, at(2))).toEqual({ kind: 'reused', userId: 'u1', familyId: stolen.familyId });
      expect(await store.findByHash(replay.tokenHash)).toBeUndefined();
      expect((await family(stolen.familyId)).map((t) => t.revokedAt?.toISOString())).toEqual([at(2).toISOString(), at(2).toISOString()]);
      // The legitimate holder's successor is dead too, and a second replay changes nothing more.
      expect(await store.rotate(next.tokenHash, successor(), at(3))).toEqual({ kind: 'invalid' });
      expect(await store.rotate(stolen.tokenHash, successor(), at(4))).toMatchObject({ kind: 'reused' });
      expect((await family(stolen.familyId)).every((t) => t.revokedAt?.getTime() === at(2).getTime())).toBe(true);
      expect(await store.rotate(other.tokenHash, successor(), at(5))).toMatchObject({ kind: 'rotated' });
    });

    it('lets exactly one of many concurrent rotations of one token succeed', async () => {
      const token = await signIn('u2');
      const outcomes = await Promise.all(Array.from({ length: 8 }, () => store.rotate(token.tokenHash, successor(), at(1))));
      expect(outcomes.filter((o) => o.kind === 'rotated')).toHaveLength(1);
      expect(outcomes.filter((o) => o.kind === 'reused')).toHaveLength(7);
      const rows = await family(token.familyId);
      expect(rows).toHaveLength(2);
      // The losers are replays: the family, including the winner's successor, is revoked.
      expect(rows.every((t) => t.revokedAt !== null)).toBe(true);
    });

    it('refuses an expired token without changing it, and accepts it until its expiry', async () => {
      const short = await signIn('u1', T0, 60);
      expect(await store.rotate(short.tokenHash, successor(), at(60))).toEqual({ kind: 'invalid' });
      expect(await store.rotate(short.tokenHash, successor(), at(3600))).toEqual({ kind: 'invalid' });
      expect(await store.findByHash(short.tokenHash)).toMatchObject({ usedAt: null, revokedAt: null });
      const fresh = await signIn('u1', T0, 60);
      expect(await store.rotate(fresh.tokenHash, successor(), at(59))).toMatchObject({ kind: 'rotated' });
    });

    it('refuses an unknown token', async () => {
      expect(await store.rotate('0'.repeat(64), successor(), T0)).toEqual({ kind: 'invalid' });
    });

    it('logout revokes the family of any of its tokens, idempotently, and only that family', async () => {
      const first = await signIn('u1');
      const kept = await signIn('u1');
      const next = successor();
      await store.rotate(first.tokenHash, next, at(1));
      expect(await store.revokeFamilyOf(first.tokenHash, at(2))).toBe(true);
      expect((await family(first.familyId)).every((t) => t.revokedAt?.getTime() === at(2).getTime())).toBe(true);
      expect(await store.rotate(next.tokenHash, successor(), at(3))).toEqual({ kind: 'invalid' });
      expect(await store.revokeFamilyOf(next.tokenHash, at(4))).toBe(true);
      expect((await store.findByHash(next.tokenHash))?.revokedAt?.toISOString()).toBe(at(2).toISOString());
      expect(await store.revokeFamilyOf('f'.repeat(64), at(5))).toBe(false);
      expect(await store.rotate(kept.tokenHash, successor(), at(6))).toMatchObject({ kind: 'rotated' });
    });

    it('refuses a successor whose family was revoked while it was being issued', async () => {
      // What a rotation racing a logout leaves behind: the family's older rows revoked, the
      // successor not. Revocation is per family, so the successor must not rotate either.
      const first = await signIn('u2');
      const next = successor();
      await store.rotate(first.tokenHash, next, at(1));
      await pg.db
        .update(refreshTokens)
        .set({ revokedAt: at(1) })
        .where(eq(refreshTokens.tokenHash, first.tokenHash));
      expect(await store.rotate(next.tokenHash, successor(), at(2))).toEqual({ kind: 'invalid' });
    });

    it('logoutEverywhere revokes every live token of the user and nobody else', async () => {
      const a = await signIn('u1');
      const b = await signIn('u1');
      const theirs = await signIn('u2');
      const revoked = await store.revokeAllOf('u1', at(1));
      expect(revoked).toBeGreaterThanOrEqual(2);
      expect(await store.revokeAllOf('u1', at(2))).toBe(0);
      for (const t of [a, b]) expect(await store.rotate(t.tokenHash, successor(), at(3))).toEqual({ kind: 'invalid' });
      expect(await store.rotate(theirs.tokenHash, successor(), at(3))).toMatchObject({ kind: 'rotated' });
      const live = await pg.db.select().from(refreshTokens).where(eq(refreshTokens.userId, 'u1'));
      expect(live.every((t) => t.revokedAt !== null)).toBe(true);
    });
  });
}
