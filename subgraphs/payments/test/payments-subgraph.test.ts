import { demoOrders } from '@shop/demo-data';
import { createLogger, DEMO_SECRETS, type StartedSubgraph } from '@shop/kit';
import { InMemoryEventBus } from '@shop/stores';
import { admin, anonymous, callSubgraph, customer } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPaymentsSubgraph } from '../src/app';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const demo = demoOrders(NOW).payments;
const first = demo[0]!;
const owner = customer(first.customerId);
const someoneElses = demo.find((p) => p.customerId !== first.customerId)!;
const refunded = demo.find((p) => p.status === 'REFUNDED')!;
const support = { userId: 'usr_support', role: 'SUPPORT' as const };

const PAYMENT =
  'query($id: ID!) { payment(id: $id) { id status amount { amount currencyCode } capturedAmount { amount } refundedAmount { amount } refunds { id amount { amount currencyCode } source reason createdAt } failureCode failureMessage method { brand last4 } order { id } createdAt updatedAt } }';
const ORDER_PAYMENTS = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { id payments { id status } } } }';
const orderRefs = (ids: string[]) => ({ r: ids.map((id) => ({ __typename: 'Order', id })) });

describe('payments subgraph', () => {
  let subgraph: StartedSubgraph;

  beforeAll(async () => {
    subgraph = await startPaymentsSubgraph({
      port: 0,
      gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET,
      logger: createLogger('silent'),
      seed: true,
      now: NOW,
      bus: new InMemoryEventBus(),
    });
  });
  afterAll(() => subgraph?.close());

  it('refuses calls that do not carry the gateway signature, and answers /health without one', async () => {
    const res = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-shop-user-id': 'usr_admin', 'x-shop-user-role': 'ADMIN' },
      body: '{"query":"{ payment(id: \\"pay_00001\\") { id } }"}',
    });
    expect(res.status).toBe(401);
    const health = await fetch(subgraph.url.replace('/graphql', '/health'));
    expect(await health.json()).toMatchObject({ status: 'ok', checks: { database: 'ok' } });
  });

  it('shows a customer their own payment, money as decimals and the card as brand and last four only', async () => {
    const res = await callSubgraph(subgraph.url, PAYMENT, { id: first.id }, owner);
    expect(res.errors).toBeUndefined();
    expect(res.data?.payment).toEqual({
      id: first.id,
      status: first.status,
      amount: { amount: (first.amountMinor / 100).toFixed(2), currencyCode: 'USD' },
      capturedAmount: { amount: first.status === 'VOIDED' ? '0.00' : (first.amountMinor / 100).toFixed(2) },
      refundedAmount: { amount: (first.refundedMinor / 100).toFixed(2) },
      refunds: first.refundedMinor ? [expect.objectContaining({ amount: { amount: (first.refundedMinor / 100).toFixed(2), currencyCode: 'USD' } })] : [],
      failureCode: null,
      failureMessage: null,
      method: { brand: first.cardBrand, last4: first.cardLast4 },
      order: { id: first.orderId },
      createdAt: first.createdAt,
      updatedAt: expect.any(String),
    });
  });

  it('answers null for a payment that is not theirs, or does not exist', async () => {
    const other = await callSubgraph(subgraph.url, PAYMENT, { id: someoneElses.id }, owner);
    expect(other.errors).toBeUndefined();
    expect(other.data?.payment).toBeNull();
    expect((await callSubgraph(subgraph.url, PAYMENT, { id: 'pay_missing' }, admin)).data?.payment).toBeNull();
  });

  it('lets admins and support read any payment', async () => {
    for (const staff of [admin, support]) {
      const res = await callSubgraph(subgraph.url, PAYMENT, { id: refunded.id }, staff);
      const amount = (refunded.amountMinor / 100).toFixed(2);
      expect(res.data?.payment).toMatchObject({ id: refunded.id, status: 'REFUNDED', capturedAmount: { amount }, refundedAmount: { amount } });
      expect(res.data?.payment.refunds).toEqual([
        { id: `rfd_${refunded.id}`, amount: { amount, currencyCode: 'USD' }, source: 'API', reason: null, createdAt: expect.any(String) },
      ]);
    }
  });

  it('refuses anonymous callers on Query.payment', async () => {
    const res = await callSubgraph(subgraph.url, PAYMENT, { id: first.id }, anonymous);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data?.payment).toBeNull();
  });

  it("lists an order's payments for its customer and staff, and nothing for anyone else", async () => {
    const vars = orderRefs([first.orderId, someoneElses.orderId]);
    const mine = await callSubgraph(subgraph.url, ORDER_PAYMENTS, vars, owner);
    expect(mine.errors).toBeUndefined();
    expect(mine.data?._entities).toEqual([
      { id: first.orderId, payments: [{ id: first.id, status: first.status }] },
      { id: someoneElses.orderId, payments: [] },
    ]);
    const staff = await callSubgraph(subgraph.url, ORDER_PAYMENTS, vars, support);
    expect(staff.data?._entities.map((o: { payments: unknown[] }) => o.payments.length)).toEqual([1, 1]);
    const anon = await callSubgraph(subgraph.url, ORDER_PAYMENTS, vars, anonymous);
    expect(anon.errors).toBeUndefined();
    expect(anon.data?._entities).toEqual([
      { id: first.orderId, payments: [] },
      { id: someoneElses.orderId, payments: [] },
    ]);
  });

  it('resolves the payments of 30 orders with one query, for staff and for a customer', async () => {
    const ids = demo.slice(0, 30).map((p) => p.orderId);
    for (const as of [admin, owner]) {
      subgraph.resetQueryCount();
      const res = await callSubgraph(subgraph.url, ORDER_PAYMENTS, orderRefs(ids), as);
      expect(res.data?._entities).toHaveLength(30);
      expect(subgraph.queryCount()).toBe(1);
    }
    subgraph.resetQueryCount();
    await callSubgraph(subgraph.url, ORDER_PAYMENTS, orderRefs(ids), anonymous);
    expect(subgraph.queryCount()).toBe(0);
  });

  it('resolves a batch of 30 payment references with one query', async () => {
    subgraph.resetQueryCount();
    const reps = demo.slice(100, 130).map((p) => ({ __typename: 'Payment', id: p.id }));
    const res = await callSubgraph(
      subgraph.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Payment { id amount { amount } order { id } } } }',
      { r: reps },
      admin,
    );
    expect(res.data?._entities.map((p: { id: string }) => p.id)).toEqual(reps.map((r) => r.id));
    expect(subgraph.queryCount()).toBe(1);
  });

  it('resolves the refunds of 30 payments with one query more', async () => {
    const reps = demo.slice(0, 30).map((p) => ({ __typename: 'Payment', id: p.id }));
    subgraph.resetQueryCount();
    const res = await callSubgraph(
      subgraph.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Payment { id refundedAmount { amount } refunds { amount { amount } } } } }',
      { r: reps },
      admin,
    );
    expect(res.errors).toBeUndefined();
    for (const p of res.data?._entities as { refundedAmount: { amount: string }; refunds: { amount: { amount: string } }[] }[]) {
      expect(p.refunds.reduce((n, r) => n + Number(r.amount.amount), 0).toFixed(2)).toBe(p.refundedAmount.amount);
    }
    expect(subgraph.queryCount()).toBe(2);
  });

  it('hides payment references from customers they do not belong to', async () => {
    const res = await callSubgraph(
      subgraph.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Payment { id } } }',
      {
        r: [
          { __typename: 'Payment', id: someoneElses.id },
          { __typename: 'Payment', id: first.id },
        ],
      },
      owner,
    );
    expect(res.data?._entities).toEqual([null, { id: first.id }]);
  });
});
