import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_CREDENTIALS } from '@shop/demo-data';
import { openRedis } from '@shop/stores';
import { waitFor } from '@shop/testing';
import postgres from 'postgres';
import { expect } from 'vitest';
import { gql, login } from '../support';
import { CheckoutLoad } from './load';
import { reconcile, statusCounts, stockSnapshot, unsettled, type StockSnapshot } from './reconcile';
import { startTopology, type ServiceName, type Topology } from './topology';

/** FAULTS_HOLD_ON_FAILURE=1: a stuck scenario keeps the topology up for 15 minutes, for psql and the logs. */
async function holdForInspection(t: Topology) {
  writeFileSync(path.join(t.logDir, 'postgres-url'), t.pg.url);
  console.error(`[faults] holding the topology for inspection: psql ${t.pg.url}, logs in ${t.logDir}`);
  await new Promise((r) => setTimeout(r, 900_000));
}

/** Events on the bus not yet handled by some group (delivered and unacknowledged, or not yet delivered). */
async function busBacklog(redis: Awaited<ReturnType<typeof openRedis>>): Promise<number> {
  if (!(await redis.exists('shop:events'))) return 0;
  const last = String(((await redis.xInfoStream('shop:events')) as unknown as Record<string, unknown>)['last-generated-id']);
  const groups = (await redis.xInfoGroups('shop:events')) as unknown as { pending: number; lag: number | null; 'last-delivered-id': string }[];
  // At the stream's last entry nothing is left to deliver, whatever `lag` says (an AOF reload can leave it wrong).
  return groups.reduce((n, g) => n + Number(g.pending) + (g['last-delivered-id'] === last ? 0 : Number(g.lag ?? 0)), 0);
}

export const SERVICES: ServiceName[] = ['users', 'products', 'orders', 'payments', 'search', 'inventory', 'ai', 'gateway'];

/**
 * What every scenario shares: the topology, a connection to its Postgres (the judge reads the
 * subgraphs' own tables), the stock before the faults, the checkout load, and the checks that
 * follow each fault.
 */
export class FaultHarness {
  private constructor(
    readonly t: Topology,
    readonly sql: ReturnType<typeof postgres>,
    readonly before: StockSnapshot,
    readonly load: CheckoutLoad,
    readonly token: string,
    readonly variants: string[],
  ) {}

  static async open(): Promise<FaultHarness> {
    const t = await startTopology();
    const sql = postgres(t.pg.url, { max: 4, onnotice: () => {} });
    const readyUrl = t.gatewayUrl.replace(/\/graphql$/, '/ready');
    await waitFor(async () => (await fetch(readyUrl, { signal: AbortSignal.timeout(10_000) }).catch(() => null))?.status === 200, {
      timeoutMs: 240_000,
      intervalMs: 500,
      message: 'every subgraph to catch up with the seeding events',
    });
    const token = await login(t.gatewayUrl, DEMO_CREDENTIALS.customer.email, DEMO_CREDENTIALS.customer.password);
    const res = await gql(t.gatewayUrl, '{ products(first: 60) { edges { node { variants { id inventory { available } } } } } }');
    expect(res.errors).toBeUndefined();
    const variants = (res.data.products.edges as { node: { variants: { id: string; inventory: { available: number } }[] } }[])
      .flatMap((e) => e.node.variants)
      .filter((v) => v.inventory.available >= 40)
      .map((v) => v.id)
      .slice(0, 40);
    expect(variants.length).toBeGreaterThan(10);
    const before = await stockSnapshot(sql);
    return new FaultHarness(t, sql, before, new CheckoutLoad(t.gatewayUrl, token, variants, 4), token, variants);
  }

  async close() {
    await this.load.stop();
    await this.sql.end({ timeout: 5 });
    await this.t.close();
  }

  /** Waits for `n` more placed orders (the stack works). */
  placedMore(n: number, message: string, timeoutMs = 90_000) {
    const from = this.load.orderIds.length;
    return waitFor(() => this.load.orderIds.length >= from + n, { timeoutMs, intervalMs: 100, message });
  }

  failedMore(n: number, message: string) {
    const from = this.load.failures;
    return waitFor(() => this.load.failures >= from + n, { timeoutMs: 30_000, intervalMs: 50, message });
  }

  async health(name: ServiceName) {
    const res = await fetch(`${this.t.baseOf(name)}/health`, { signal: AbortSignal.timeout(5000) }).catch(() => null);
    return res ? { status: res.status, body: (await res.json()) as { status: string; failing?: string[] } } : null;
  }

  /** After a fault: the load goes on working, then everything settles and reconciles. */
  async recoveredAndReconciled(label: string) {
    const { sql, t, load } = this;
    await this.placedMore(3, `checkouts to succeed again after ${label}`);
    await load.stop();
    const started = Date.now();
    // Within 60 s of recovery every order is terminal and every subgraph agrees (the last
    // consumers of the terminal order.updated settle a moment after the order does).
    const deadline = Date.now() + 60_000;
    await waitFor(async () => (await unsettled(sql)).length === 0, {
      timeoutMs: 60_000,
      intervalMs: 500,
      message: `every checkout order to reach a terminal state within 60 s after ${label}`,
    }).catch(async (error: unknown) => {
      if (process.env.FAULTS_HOLD_ON_FAILURE) await holdForInspection(t);
      // What the database is doing then says where a stuck saga waits.
      const activity = await sql`
        select application_name app, state, wait_event_type, wait_event, now() - xact_start as xact_age, left(query, 160) query
        from pg_stat_activity where datname = current_database() and state <> 'idle' and pid <> pg_backend_pid()`;
      throw new Error(`${(error as Error).message}: ${JSON.stringify((await unsettled(sql)).slice(0, 10))}; database activity: ${JSON.stringify(activity)}`);
    });
    const terminalAfter = Date.now() - started;
    let problems: string[] = [];
    await waitFor(async () => (problems = await reconcile(sql, this.before)).length === 0, {
      timeoutMs: Math.max(1000, deadline - Date.now()),
      intervalMs: 500,
      message: `orders, payments and stock to reconcile after ${label}`,
    }).catch(() => undefined);
    expect(problems).toEqual([]);
    const reconciledAfter = Date.now() - started;
    for (const name of SERVICES) expect(t.isRunning(name), `${name} is running`).toBe(true);
    const redis = await openRedis(t.redis.url);
    let drained = false;
    try {
      expect(await redis.xLen('shop:events:dlq')).toBe(0);
      // Every event handled by every group, so that the next scenario does not start behind a
      // backlog. Reported, not asserted, until it has held over many runs: after the Redis restart
      // with AOF every group once reported a lag that never went away (Redis's counters, left apart
      // by the AOF reload; busBacklog and bus.backlog() now see through it). The report names the
      // group and its members' pending entries and idle times.
      drained = await waitFor(async () => (await busBacklog(redis)) === 0, { timeoutMs: 30_000, intervalMs: 250 }).then(
        () => true,
        async () => {
          const groups = (await redis.xInfoGroups('shop:events')) as unknown as { name: string; pending: number; lag: number | null }[];
          const behind = await Promise.all(
            groups
              .filter((g) => Number(g.pending) + Number(g.lag ?? 0) > 0)
              .map(async (g) => ({ ...g, consumers: await redis.xInfoConsumers('shop:events', g.name) })),
          );
          console.warn(`[faults] NOT DRAINED 30 s after ${label}: ${JSON.stringify(behind)}`);
          return false;
        },
      );
    } finally {
      redis.destroy();
    }
    for (const name of SERVICES) expect(t.logLines(name).filter((l) => String(l.msg).includes('dead-letter'))).toEqual([]);
    const timing = `terminal ${(terminalAfter / 1000).toFixed(1)} s, reconciled ${(reconciledAfter / 1000).toFixed(1)} s, ${drained ? 'drained' : 'NOT drained after'} ${((Date.now() - started) / 1000).toFixed(1)} s`;
    console.info(
      `[faults] after ${label}: ${JSON.stringify(await statusCounts(sql))}, ${load.failures} failed attempts so far (${timing} after the load stopped)`,
    );
  }
}
