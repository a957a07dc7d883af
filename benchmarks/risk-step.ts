/**
 * What fraud scoring adds to the checkout saga. Payments authorises while ai assesses and waits
 * for the assessment only before capturing, so the step adds at most its own latency: from
 * order.created on the bus to order.risk_assessed on the bus (ai's consumer reads the customer's
 * history, scores with the rules and the isolation forest, writes the assessment and its outbox
 * row in one transaction, and the relay publishes it). This runs the ai subgraph on embedded
 * PGlite with the 4,000-order demo history, then sends checkouts one after another (a regular
 * customer, a new account, card testing) and reports the percentiles of that latency, and of the
 * scoring function alone.
 *
 *   npx -y pnpm@9.15.9 exec tsx benchmarks/risk-step.ts [--checkouts 300]
 */
import { parseArgs } from 'node:util';
import { demoOrders } from '@shop/demo-data';
import { startAiSubgraph } from '@shop/ai-subgraph';
import { createLogger, DEMO_SECRETS } from '@shop/kit';
import { InMemoryEventBus, type DomainEvent } from '@shop/stores';
import { trainAnomalyModel } from '../subgraphs/ai/src/domain/risk/anomaly';
import { assessCheckout, historyVectors } from '../subgraphs/ai/src/domain/risk/assess';
import { checkoutOrderCreated, historyOrderCreated } from '../subgraphs/ai/test/order-events';

const { values } = parseArgs({ options: { checkouts: { type: 'string', default: '300' } } });
const count = Number(values.checkouts);
if (!Number.isInteger(count) || count < 10 || count > 5000) throw new Error('--checkouts must be 10..5000');

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const report = (name: string, xs: number[]) =>
  console.log(
    `${name.padEnd(34)} p50 ${percentile(xs, 0.5).toFixed(2)} ms   p95 ${percentile(xs, 0.95).toFixed(2)} ms   p99 ${percentile(xs, 0.99).toFixed(2)} ms   max ${Math.max(...xs).toFixed(2)} ms   (n=${xs.length})`,
  );

const { orders } = demoOrders(new Date());
const bus = new InMemoryEventBus();
const ai = await startAiSubgraph({ port: 0, gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET, logger: createLogger('error'), bus });
const waiting = new Map<string, (at: number) => void>();
await bus.subscribe('bench', async (e) => waiting.get((e.payload as { orderId: string }).orderId)?.(performance.now()), { types: ['order.risk_assessed'] });
try {
  const seededAt = performance.now();
  await bus.publish(orders.map(historyOrderCreated));
  await bus.idle();
  console.log(`ai learnt the ${orders.length}-order history in ${((performance.now() - seededAt) / 1000).toFixed(1)} s`);

  const customers = [...new Set(orders.map((o) => o.customerId))];
  const checkout = (i: number): DomainEvent => {
    const kind = i % 3;
    return checkoutOrderCreated({
      orderId: `ord_bench_${i}`,
      number: `SO-B${i}`,
      customerId: kind === 0 ? customers[i % customers.length]! : kind === 1 ? `usr_new_${i}` : `usr_tester_${Math.floor(i / 30)}`,
      totalMinor: kind === 1 ? 90_000 : kind === 2 ? 400 : 4_000 + ((i * 37) % 6_000),
      last4: String(1000 + (i % 9000)),
      country: kind === 1 ? 'NG' : 'US',
    });
  };
  const step: number[] = [];
  // The first assessment waits for the forest's first training (once per process): reported apart.
  for (let i = 0; i <= count; i++) {
    const event = checkout(i);
    const id = (event.payload as { orderId: string }).orderId;
    const arrived = new Promise<number>((resolve) => waiting.set(id, resolve));
    const sent = performance.now();
    await bus.publish([event]);
    const at = await arrived;
    waiting.delete(id);
    if (i === 0) console.log(`first checkout (trains the forest)  ${(at - sent).toFixed(0)} ms`);
    else step.push(at - sent);
  }
  report('order.created -> order.risk_assessed', step);

  const records = orders.map((o) => ({
    orderId: o.id,
    customerId: o.customerId,
    at: Date.parse(o.createdAt),
    totalMinor: o.totalMinor,
    lineCount: o.lines.length,
    units: 1,
    shippingCountry: null,
    card: null,
    declined: false,
  }));
  const trainedAt = performance.now();
  const forest = trainAnomalyModel(historyVectors(records));
  console.log(`forest training on ${records.length} checkouts     ${(performance.now() - trainedAt).toFixed(0)} ms`);
  const scoring: number[] = [];
  const byCustomer = new Map<string, typeof records>();
  for (const r of records) byCustomer.set(r.customerId, [...(byCustomer.get(r.customerId) ?? []), r]);
  for (let i = 0; i < count; i++) {
    const r = records[(i * 13) % records.length]!;
    const t = performance.now();
    assessCheckout(byCustomer.get(r.customerId)!, { ...r, orderId: `x${i}`, at: Date.now() }, forest);
    scoring.push(performance.now() - t);
  }
  report('scoring alone (rules + forest)', scoring);
} finally {
  await ai.close();
  await bus.close();
}
