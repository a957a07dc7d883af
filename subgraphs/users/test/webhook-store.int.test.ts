import { openPostgres, type PostgresStore } from '@shop/stores';
import { postgresTargets } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../src/app';
import { schema, type UsersSchema } from '../src/db/schema';
import { createWebhookStore, type WebhookStore } from '../src/db/webhook-store';

const T0 = new Date('2026-05-01T12:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const event = (eventId: string, webhookId: string) => ({ webhookId, eventId, eventType: 'order.updated', occurredAt: T0, root: { orderId: 'o1' } });

/** The WebhookStore contract: every implementation must pass it. */
for (const target of postgresTargets()) {
  describe.skipIf(target.skip)(`WebhookStore contract — ${target.name}`, () => {
    let pg: PostgresStore<UsersSchema>;
    let store: WebhookStore;
    let drop: () => Promise<void>;
    let n = 0;
    const newWebhook = async () =>
      store.create({
        id: `w${++n}`,
        name: 'w',
        targetUrl: 'http://127.0.0.1:1/',
        query: 'subscription { ordersUpdated { status } }',
        field: 'ordersUpdated',
        args: {},
        secret: 's',
        createdBy: 'usr_admin',
        createdAt: T0,
      });

    beforeAll(async () => {
      const database = await target.create();
      drop = database.drop;
      pg = await openPostgres({ url: database.url, schema, migrationsFolder, pgSchema: 'users' });
      store = createWebhookStore(pg.db);
    });
    afterAll(async () => {
      await pg?.close();
      await drop?.();
    });

    it('keeps one delivery per (webhook, event), however often the event comes', async () => {
      const a = await newWebhook();
      const b = await newWebhook();
      expect(await store.enqueue([event('e1', a.id), event('e1', b.id)], T0)).toBe(2);
      expect(await store.enqueue([event('e1', a.id)], at(5))).toBe(0);
      expect(await Promise.all([store.enqueue([event('e2', a.id)], T0), store.enqueue([event('e2', a.id)], T0)])).toEqual(expect.arrayContaining([0, 1]));
      expect(await store.deliveries({ webhookId: a.id }, 10)).toHaveLength(2);
    });

    it('claims due deliveries of enabled webhooks once per lease', async () => {
      const w = await newWebhook();
      const off = await newWebhook();
      await store.setEnabled(off.id, false, 'by hand', T0);
      await store.enqueue([event('c1', w.id), event('c1', off.id)], T0);
      const first = await store.claimDue(at(1), 1000, 50);
      expect(first.filter((d) => d.webhookId === w.id || d.webhookId === off.id).map((d) => d.webhookId)).toEqual([w.id]);
      expect(first.find((d) => d.webhookId === w.id)!.webhook.secret).toBe('s');
      // Leased: not due again until the lease ends (a crashed attempt is retried then).
      expect((await store.claimDue(at(500), 1000, 50)).some((d) => d.webhookId === w.id)).toBe(false);
      expect((await store.claimDue(at(1002), 1000, 50)).some((d) => d.webhookId === w.id)).toBe(true);
    });

    it('logs attempts, counts failures in a row over deliveries, and resets them on success or re-enabling', async () => {
      const w = await newWebhook();
      await store.enqueue([event('f1', w.id), event('f2', w.id)], T0);
      const [d1, d2] = (await store.deliveries({ webhookId: w.id }, 10)).sort((x, y) => x.eventId.localeCompare(y.eventId));
      const fail = (deliveryId: string, next: number) =>
        store.recordAttempt({
          deliveryId,
          webhookId: w.id,
          at: T0,
          durationMs: 3,
          statusCode: 500,
          error: 'HTTP 500',
          verdict: { status: 'PENDING', nextAttemptAt: at(next) },
        });
      expect(await fail(d1!.id, 100)).toBe(1);
      expect(await fail(d2!.id, 100)).toBe(2);
      expect(
        await store.recordAttempt({
          deliveryId: d1!.id,
          webhookId: w.id,
          at: at(200),
          durationMs: 1,
          statusCode: 204,
          error: null,
          verdict: { status: 'DELIVERED' },
        }),
      ).toBe(0);
      expect(await fail(d2!.id, 300)).toBe(1);
      const attempts = await store.attemptsOf([d1!.id, d2!.id]);
      expect(attempts.filter((a) => a.deliveryId === d1!.id).map((a) => [a.number, a.statusCode])).toEqual([
        [1, 500],
        [2, 204],
      ]);
      const delivered = await store.findDelivery(d1!.id);
      expect(delivered).toMatchObject({ status: 'DELIVERED', attemptCount: 2, deliveredAt: at(200) });
      const disabled = await store.setEnabled(w.id, false, 'too many failures', at(400));
      expect(disabled).toMatchObject({ enabled: false, disabledReason: 'too many failures', consecutiveFailures: 1 });
      expect(await store.setEnabled(w.id, true, null, at(500))).toMatchObject({
        enabled: true,
        disabledReason: null,
        disabledAt: null,
        consecutiveFailures: 0,
      });
    });

    it('redelivers any delivery now, and pages deliveries newest first', async () => {
      const w = await newWebhook();
      for (let i = 0; i < 5; i++) await store.enqueue([event(`p${i}`, w.id)], at(i));
      const [d] = await store.deliveries({ webhookId: w.id }, 1);
      expect(d!.eventId).toBe('p4');
      await store.recordAttempt({ deliveryId: d!.id, webhookId: w.id, at: T0, durationMs: 1, statusCode: null, error: 'refused', verdict: { status: 'DEAD' } });
      expect(await store.deliveries({ webhookId: w.id, status: 'DEAD' }, 10)).toHaveLength(1);
      expect(await store.redeliver(d!.id, at(9))).toMatchObject({ status: 'PENDING', nextAttemptAt: at(9) });
      expect(await store.redeliver('missing', T0)).toBeUndefined();
      const page = await store.deliveries({ webhookId: w.id, before: { createdAt: at(3), id: 'zzzz' } }, 2);
      expect(page.map((x) => x.eventId)).toEqual(['p3', 'p2']);
    });
  });
}
