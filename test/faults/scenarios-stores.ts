import { openRedis } from '@shop/stores';
import { waitFor } from '@shop/testing';
import { expect, it } from 'vitest';
import type { FaultHarness } from './harness';

/** The stores underneath: Redis restarts with and without persistence, a lost stream, lapsing holds, a Postgres restart. */
export function storeScenarios(harness: () => FaultHarness) {
  it('survives a Redis restart with persistence (AOF), reporting degraded meanwhile', async () => {
    const h = harness();
    h.load.start();
    await h.placedMore(4, 'checkouts before the restart');
    await h.t.redis.shutdown({ persistent: true });
    await waitFor(async () => (await h.health('orders'))?.status === 503, { timeoutMs: 15_000, message: 'orders /health to report degraded' });
    expect((await h.health('orders'))?.body).toMatchObject({ status: 'degraded', failing: expect.arrayContaining(['events']) });
    await h.t.redis.start();
    await waitFor(async () => (await h.health('orders'))?.status === 200, { timeoutMs: 30_000, message: 'orders /health ok again' });
    await h.recoveredAndReconciled('a Redis restart with AOF');
  });

  it('survives a Redis restart without persistence: lost events are published again', async () => {
    const h = harness();
    h.load.start();
    await h.placedMore(4, 'checkouts before the restart');
    await h.t.redis.shutdown({ persistent: false });
    await h.t.redis.start();
    await h.recoveredAndReconciled('a Redis restart without persistence');
  });

  it('re-drives sagas whose events vanished from a running Redis (stream deleted while payments was paused)', async () => {
    const h = harness();
    h.load.start();
    await h.placedMore(4, 'checkouts before the pause');
    h.t.pause('payments');
    try {
      await h.placedMore(4, 'checkouts placed while payments is paused');
      // The generation marker survives: only the saga sweepers can bring these checkouts home.
      const redis = await openRedis(h.t.redis.url);
      await redis.del('shop:events').finally(() => redis.destroy());
    } finally {
      h.t.resume('payments');
    }
    await h.recoveredAndReconciled('the loss of the stream');
    expect(h.t.logLines('orders', 'warn').some((l) => String(l.msg).startsWith('re-driving checkouts'))).toBe(true);
  });

  it('never charges orders whose holds lapsed while payments was stopped', async () => {
    const h = harness();
    const expired = async () => (await h.sql<{ n: number }[]>`select count(*)::int n from inventory.reservations where status = 'EXPIRED'`)[0]!.n;
    const before = await expired();
    h.load.start();
    await h.placedMore(4, 'checkouts before the stop');
    h.t.pause('payments');
    try {
      await h.placedMore(2, 'checkouts placed while payments is stopped');
      await h.load.stop();
      await waitFor(async () => (await expired()) > before, { timeoutMs: 60_000, intervalMs: 500, message: 'a hold to lapse' });
    } finally {
      h.t.resume('payments');
    }
    h.load.start();
    await h.recoveredAndReconciled('holds lapsing while payments was stopped');
    const cancelled = await h.sql<{ n: number }[]>`
      select count(*)::int n from orders.orders o join inventory.reservations r on r.order_id = o.id
      where r.status = 'EXPIRED' and o.status = 'CANCELLED'`;
    expect(cancelled[0]!.n).toBeGreaterThan(0);
  });

  it('survives a Postgres restart (pg_ctl restart -m fast)', async () => {
    const h = harness();
    h.load.start();
    await h.placedMore(4, 'checkouts before the restart');
    await h.t.pg.restart();
    await h.recoveredAndReconciled('a Postgres restart');
  });
}
