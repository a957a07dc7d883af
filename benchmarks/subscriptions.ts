/**
 * Live order tracking under load: N graphql-ws clients (default 5,000, at most 20,000) connect to
 * the gateway as admin, each subscribed to `orderUpdated` of one of K orders the script checks out;
 * then every order is shipped and delivered. Reports per-event delivery latency (mutation sent →
 * event received) p50/p99, events per second, and memory per connection of the stack process.
 * The stack runs in a child process (embedded stores, or REDIS_URL / DATABASE_URL when set) so that
 * its memory is measured apart from the clients'. Loopback only; every wait has a deadline.
 *
 *   npx -y pnpm@9.15.9 exec tsx benchmarks/subscriptions.ts [--subscribers 5000] [--orders 20]
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { DEMO_CREDENTIALS } from '@shop/demo-data';
import { waitFor } from '@shop/testing';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { inBatches, Shopper } from '../test/shopper';
import { login } from '../test/support';
import { serveStack, startStackProcess } from './subscriptions-stack';

const MAX_SUBSCRIBERS = 20_000;
const TRACK = 'subscription($id: ID!) { orderUpdated(orderId: $id, sinceVersion: 1) { version status occurredAt } }';

async function main() {
  const { values } = parseArgs({ options: { subscribers: { type: 'string', default: '5000' }, orders: { type: 'string', default: '20' } } });
  const subscribers = Number(values.subscribers);
  const orderCount = Number(values.orders);
  if (!Number.isInteger(subscribers) || subscribers < 1 || subscribers > MAX_SUBSCRIBERS) fail(`--subscribers must be 1..${MAX_SUBSCRIBERS}`);
  if (!Number.isInteger(orderCount) || orderCount < 1 || orderCount > 200) fail('--orders must be 1..200');
  checkFileLimit(subscribers);

  const started = Date.now();
  const stack = await startStackProcess(import.meta.filename, []);
  try {
    const url = stack.url;
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname)) fail(`refusing a non-loopback gateway: ${url}`);
    log(`stack up in ${s(Date.now() - started)} (${url})`);
    const admin = new Shopper(url, await login(url, DEMO_CREDENTIALS.admin.email, DEMO_CREDENTIALS.admin.password));
    const customer = new Shopper(url, await login(url, DEMO_CREDENTIALS.customer.email, DEMO_CREDENTIALS.customer.password));
    const orders = await confirmedOrders(url, customer, orderCount);
    log(`${orderCount} orders checked out and CONFIRMED`);

    const before = await stack.memory();
    const received = new Map<string, number[]>(); // `${orderId}:${version}` → receipt times
    let replayed = 0;
    const clients: Client[] = [];
    const opening = Date.now();
    await inBatches(subscribers, 100, async (i) => {
      const orderId = orders[i % orders.length]!;
      const client = createClient({
        url: url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${admin.token}` },
      });
      clients.push(client);
      await new Promise<void>((resolve, reject) => {
        client.subscribe<{ orderUpdated: { version: number } }>(
          { query: TRACK, variables: { id: orderId } },
          {
            next: ({ data }) => {
              const version = data!.orderUpdated.version;
              if (version === 2) {
                replayed++;
                resolve(); // the replayed CONFIRMED change: the subscription is live end to end
              } else {
                const key = `${orderId}:${version}`;
                (received.get(key) ?? received.set(key, []).get(key)!).push(performance.now());
              }
            },
            error: (e) => reject(new Error(`subscriber ${i}: ${JSON.stringify(e)}`)),
            complete: () => {},
          },
        );
      });
    });
    log(`${subscribers} subscribers live in ${s(Date.now() - opening)} (${replayed} replayed events)`);
    const after = await stack.memory();

    // Drive: ship every order, then deliver every order, a few mutations at a time.
    const sent = new Map<string, number>();
    const driving = performance.now();
    const move = async (orderId: string, version: number, run: () => Promise<any>) => {
      sent.set(`${orderId}:${version}`, performance.now());
      const res = await run();
      const payload = Object.values(res.data ?? {})[0] as { userErrors?: unknown[] } | undefined;
      if (res.errors || payload?.userErrors?.length) fail(`mutation failed: ${JSON.stringify(res)}`);
    };
    await inBatches(orders.length, 4, (i) =>
      move(orders[i]!, 3, () => admin.orderMutation('shipOrder', { input: { orderId: orders[i], carrier: 'UPS', trackingNumber: `BENCH${i}` } })),
    );
    await inBatches(orders.length, 4, (i) => move(orders[i]!, 4, () => admin.orderMutation('markOrderDelivered', { orderId: orders[i] })));
    const expected = subscribers * 2;
    const count = () => [...received.values()].reduce((n, list) => n + list.length, 0);
    await waitFor(() => count() >= expected, { timeoutMs: 300_000, intervalMs: 50, message: `${expected} deliveries` });
    const latencies = [...received].flatMap(([key, times]) => times.map((t) => t - sent.get(key)!)).sort((a, b) => a - b);
    const lastReceipt = Math.max(...[...received.values()].flat());
    const changes = orders.length * 2;

    const report = [
      '',
      `subscribers            ${subscribers} (one graphql-ws socket each, through the gateway), ${orders.length} orders`,
      `status changes         ${changes} (shipOrder + markOrderDelivered), ${latencies.length} deliveries`,
      `delivery latency       p50 ${ms(pct(latencies, 0.5))}  p99 ${ms(pct(latencies, 0.99))}  max ${ms(latencies.at(-1)!)}`,
      `throughput             ${Math.round(latencies.length / ((lastReceipt - driving) / 1000))} events/s delivered`,
      `stack process memory   RSS +${mb(after.rss - before.rss)}, heap +${mb(after.heapUsed - before.heapUsed)} for ${subscribers} connections`,
      `per connection         RSS ${kb((after.rss - before.rss) / subscribers)}, heap ${kb((after.heapUsed - before.heapUsed) / subscribers)} (gateway + orders subgraph sides)`,
      `client process         RSS ${mb(process.memoryUsage().rss)} for ${subscribers} clients`,
      '',
    ];
    process.stdout.write(report.join('\n'));
    await Promise.all(clients.map((c) => c.dispose()));
  } finally {
    await stack.stop();
  }
}

/** Checks out `count` one-unit orders of different products on anonymous carts and waits until each is CONFIRMED. */
async function confirmedOrders(url: string, customer: Shopper, count: number): Promise<string[]> {
  const { demoCatalog } = await import('@shop/demo-data');
  const products = demoCatalog().products.slice(200, 200 + count);
  const ids = await inBatches(products.length, 4, async (i) => {
    const placed = await customer.checkout(await new Shopper(url).cartWith(products[i]!.variants[0]!.id, 1));
    if (!placed.order) fail(`checkout failed: ${JSON.stringify(placed.userErrors)}`);
    return placed.order!.id;
  });
  for (const id of ids) if ((await customer.settled(id)).status !== 'CONFIRMED') fail(`order ${id} did not confirm`);
  return ids;
}

/** Each connection needs a descriptor in this process and one in the stack's: fail early, clearly. */
function checkFileLimit(subscribers: number) {
  const limit = execFileSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).trim();
  const needed = subscribers + 1000;
  if (limit !== 'unlimited' && Number(limit) < needed) {
    fail(
      `the open-file limit (ulimit -n = ${limit}) is below the ${needed} descriptors ${subscribers} subscribers need; raise it (ulimit -n ${needed}) or pass fewer --subscribers`,
    );
  }
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const ms = (v: number) => `${v.toFixed(1)} ms`;
const s = (v: number) => `${(v / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const log = (line: string) => process.stderr.write(`${line}\n`);
function fail(message: string): never {
  process.stderr.write(`benchmark: ${message}\n`);
  process.exit(1);
}

if (process.argv.includes('--serve')) {
  await serveStack();
} else {
  await main();
}
