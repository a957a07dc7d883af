import { demoOrders } from '@shop/demo-data';
import { createLogger, DEMO_SECRETS, type StartedSubgraph } from '@shop/kit';
import { InMemoryEventBus, newEvent, type DomainEvent } from '@shop/stores';
import { admin, callSubgraph, customer, waitFor } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAiSubgraph } from '../src/app';
import { checkoutOrderCreated, historyOrderCreated } from './order-events';

const now = new Date();
const { orders } = demoOrders(now);
const regular = orders.at(-1)!.customerId;

let n = 0;
const checkout = (customerId: string, totalMinor: number, opts: { last4?: string; country?: string } = {}): DomainEvent => {
  n++;
  return checkoutOrderCreated({
    orderId: `ord_risk_${n}`,
    number: `SO-9${n}`,
    customerId,
    totalMinor,
    last4: opts.last4 ?? '4242',
    country: opts.country ?? 'US',
  });
};
const declined = (orderId: string) => newEvent('payment.failed', { orderId, paymentId: `pay_${orderId}`, code: 'CARD_DECLINED', message: 'declined' });

const RISK = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { id risk { score level reasons { code message weight } assessedAt } } } }`;

describe('fraud scoring in the ai subgraph', () => {
  let subgraph: StartedSubgraph;
  const bus = new InMemoryEventBus();
  const assessed = new Map<string, DomainEvent>();

  beforeAll(async () => {
    subgraph = await startAiSubgraph({ port: 0, gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET, logger: createLogger('silent'), bus });
    await bus.subscribe('test-risk', async (e) => void assessed.set((e.payload as { orderId: string }).orderId, e), { types: ['order.risk_assessed'] });
    await bus.publish(orders.map(historyOrderCreated));
    await bus.idle();
  });
  afterAll(async () => {
    await subgraph?.close();
    await bus.close();
  });

  const verdict = async (event: DomainEvent) => {
    await bus.publish([event]);
    const id = (event.payload as { orderId: string }).orderId;
    await waitFor(() => assessed.has(id), { message: `order.risk_assessed for ${id}` });
    return assessed.get(id)!.payload as { orderId: string; level: string; score: number; reasons: { code: string }[] };
  };

  it("passes a regular customer's ordinary order", async () => {
    const v = await verdict(checkout(regular, 6000));
    expect(v.level).toBe('LOW');
  });

  it('holds card testing: declines on several cards, then a success', async () => {
    for (const last4 of ['0001', '0002', '0003']) {
      const attempt = checkout('usr_tester', 300, { last4 });
      await verdict(attempt);
      await bus.publish([declined((attempt.payload as { orderId: string }).orderId)]);
    }
    await bus.idle();
    const v = await verdict(checkout('usr_tester', 900, { last4: '0009' }));
    expect(v.level).toBe('HIGH');
    expect(v.reasons.map((r) => r.code)).toContain('CARD_TESTING');
  });

  it('holds a new account ordering high value abroad', async () => {
    const v = await verdict(checkout('usr_brand_new', 150_000, { country: 'NG' }));
    expect(v.level).toBe('HIGH');
    expect(v.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['NEW_ACCOUNT_HIGH_VALUE', 'COUNTRY_MISMATCH']));
  });

  it('assesses once: a repeated order.created publishes the same assessment again', async () => {
    const event = checkout(regular, 5000);
    await verdict(event);
    const first = assessed.get((event.payload as { orderId: string }).orderId)!;
    assessed.clear();
    await bus.publish([event]);
    await waitFor(() => assessed.has((event.payload as { orderId: string }).orderId));
    expect(assessed.get((event.payload as { orderId: string }).orderId)!.id).toBe(first.id);
  });

  it('shows Order.risk to staff only', async () => {
    const ids = [...assessed.keys()];
    const r = [
      { __typename: 'Order', id: ids[0] },
      { __typename: 'Order', id: 'ord_00001' },
    ];
    const staff = await callSubgraph(subgraph.url, RISK, { r }, admin);
    expect(staff.errors).toBeUndefined();
    expect(staff.data!._entities[0].risk).toMatchObject({ level: expect.stringMatching(/LOW|MEDIUM|HIGH/), reasons: expect.any(Array) });
    // The seeded history was never assessed.
    expect(staff.data!._entities[1].risk).toBeNull();
    const shopper = await callSubgraph(subgraph.url, RISK, { r }, customer(regular));
    expect(shopper.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(shopper.data!._entities[0].risk).toBeNull();
    const anonymous = await callSubgraph(subgraph.url, RISK, { r });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
