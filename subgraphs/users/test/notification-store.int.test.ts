import { openPostgres, type PostgresStore } from '@shop/stores';
import { postgresTargets } from '@shop/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../src/app';
import { createNotificationStore, type NewNotification, type NotificationStore } from '../src/db/notification-store';
import { notifications, schema, type UsersSchema } from '../src/db/schema';

const owed = (eventId: string): NewNotification => ({
  eventId,
  kind: 'ORDER_CONFIRMED',
  userId: 'usr_1',
  orderId: `ord_${eventId}`,
  recipient: 'a@example.com',
  subject: `Order ${eventId} confirmed`,
  textBody: 'text',
  htmlBody: '<p>html</p>',
});

/** The NotificationStore contract: every implementation must pass it. */
for (const target of postgresTargets()) {
  describe.skipIf(target.skip)(`NotificationStore contract — ${target.name}`, () => {
    let pg: PostgresStore<UsersSchema>;
    let store: NotificationStore;
    let drop: () => Promise<void>;
    const t0 = new Date('2026-03-01T10:00:00.000Z');
    const at = (ms: number) => new Date(t0.getTime() + ms);

    beforeAll(async () => {
      const database = await target.create();
      drop = database.drop;
      pg = await openPostgres({ url: database.url, schema, migrationsFolder, pgSchema: 'users' });
      store = createNotificationStore(pg.db);
    });
    beforeEach(async () => void (await pg.db.delete(notifications)));
    afterAll(async () => {
      await pg?.close();
      await drop?.();
    });

    it('records one notification per event', async () => {
      expect(await store.record(owed('e1'), t0)).toBe(true);
      expect(await store.record({ ...owed('e1'), subject: 'again' }, at(5))).toBe(false);
      expect((await store.list()).map((n) => [n.eventId, n.subject, n.state])).toEqual([['e1', 'Order e1 confirmed', 'pending']]);
    });

    it('claims what is due, settles only under the claim, and hands failures back for later', async () => {
      await store.record(owed('e1'), t0);
      const [claim] = await store.claimDue(at(1), 10, 1000);
      expect(claim).toMatchObject({ eventId: 'e1', state: 'sending', attempts: 1 });
      expect(await store.claimDue(at(2), 10, 1000)).toEqual([]); // held by the claim
      expect(await store.markFailed(claim!, 'connect ECONNREFUSED', at(500))).toBe(true);
      expect(await store.claimDue(at(499), 10, 1000)).toEqual([]); // not due yet
      const [again] = await store.claimDue(at(500), 10, 1000);
      expect(again).toMatchObject({ attempts: 2, lastError: 'connect ECONNREFUSED' });
      expect(await store.markSent(claim!, at(501))).toBe(false); // a stale claim settles nothing
      expect(await store.markSent(again!, at(502))).toBe(true);
      expect(await store.claimDue(at(10_000_000), 10, 1000)).toEqual([]);
      expect(await store.countByState()).toEqual({ pending: 0, sending: 0, sent: 1 });
      expect((await store.list())[0]).toMatchObject({ state: 'sent', sentAt: at(502), lastError: null, claimId: null });
    });

    it('takes over a claim whose lease ran out (its sender died)', async () => {
      await store.record(owed('e1'), t0);
      const [dead] = await store.claimDue(at(1), 10, 1000);
      expect(await store.claimDue(at(1000), 10, 1000)).toEqual([]);
      const [taken] = await store.claimDue(at(1001), 10, 1000);
      expect(taken).toMatchObject({ eventId: 'e1', attempts: 2 });
      expect(taken!.claimId).not.toBe(dead!.claimId);
      expect(await store.markSent(dead!, at(1002))).toBe(false);
      expect(await store.markSent(taken!, at(1003))).toBe(true);
    });

    it('gives concurrent claimers disjoint notifications', async () => {
      for (let i = 0; i < 30; i++) await store.record(owed(`e${String(i).padStart(2, '0')}`), at(i));
      const claims = await Promise.all(Array.from({ length: 6 }, () => store.claimDue(at(100), 10, 60_000)));
      const ids = claims.flat().map((c) => c.eventId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBeLessThanOrEqual(30);
      const rest = await store.claimDue(at(100), 100, 60_000);
      expect(ids.length + rest.length).toBe(30);
    });
  });
}
