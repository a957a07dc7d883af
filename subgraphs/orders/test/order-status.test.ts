import { describe, expect, it } from 'vitest';
import { nextStates } from '../src/db/order-transitions';
import { financialMachine, FINANCIAL_STATUSES, type FinancialStatus } from '../src/domain/financial-status';
import { fulfillmentMachine, fulfillmentOf, FULFILLMENT_STATUSES, type FulfillmentStatus } from '../src/domain/fulfillment-status';
import {
  canTransition,
  DEPRECATED_ORDER_STATUSES,
  isFinal,
  isOrderStatus,
  ORDER_STATUSES,
  orderLifecycle,
  statusesLeadingTo,
  type OrderStatus,
} from '../src/domain/order-status';
import type { StateMachine } from '../src/domain/state-machine';

/** Each machine of docs/commerce-flow.md, written out independently of its transitions table. */
const LIFECYCLE = [
  'PENDING->RESERVED',
  'PENDING->OUT_OF_STOCK',
  'PENDING->CANCELLED',
  'RESERVED->CONFIRMED',
  'RESERVED->PAYMENT_FAILED',
  'RESERVED->CANCELLED',
  'RESERVED->ON_HOLD',
  'ON_HOLD->RESERVED',
  'ON_HOLD->CANCELLED',
  'CONFIRMED->FULFILLED',
  'CONFIRMED->CANCELLED',
  'FULFILLED->DELIVERED',
];
const FULFILMENT = ['UNFULFILLED->FULFILLED', 'FULFILLED->DELIVERED'];
const FINANCIAL = [
  'PENDING->AUTHORIZED',
  'PENDING->PAID',
  'PENDING->VOIDED',
  'PENDING->DECLINED',
  'AUTHORIZED->PAID',
  'AUTHORIZED->VOIDED',
  'AUTHORIZED->DECLINED',
  'PAID->PARTIALLY_REFUNDED',
  'PAID->REFUNDED',
  'PARTIALLY_REFUNDED->PARTIALLY_REFUNDED',
  'PARTIALLY_REFUNDED->REFUNDED',
  'VOIDED->PAID',
];

function describeMachine<S extends string>(name: string, machine: StateMachine<S>, allowed: string[], finals: S[], start: S) {
  describe(name, () => {
    const pairs = machine.states.flatMap((from) => machine.states.map((to) => [from, to] as [S, S]));
    const legal = new Set(allowed);

    it.each(pairs.filter(([from, to]) => legal.has(`${from}->${to}`)))('allows %s -> %s', (from, to) => {
      expect(machine.canTransition(from, to)).toBe(true);
    });

    it.each(pairs.filter(([from, to]) => !legal.has(`${from}->${to}`)))('refuses %s -> %s', (from, to) => {
      expect(machine.canTransition(from, to)).toBe(false);
    });

    it(`ends in ${finals.join(', ')} only`, () => {
      expect(machine.states.filter(machine.isFinal).sort()).toEqual([...finals].sort());
    });

    it(`reaches every state in use from ${start}`, () => {
      const seen = new Set<S>([start]);
      for (let grew = true; grew;) {
        grew = false;
        for (const from of [...seen]) for (const to of machine.transitions[from]) if (!seen.has(to)) grew = Boolean(seen.add(to));
      }
      const deprecated = DEPRECATED_ORDER_STATUSES as readonly string[];
      expect(machine.states.filter((s) => !seen.has(s) && !deprecated.includes(s))).toEqual([]);
    });
  });
}

describeMachine(
  'order lifecycle',
  orderLifecycle,
  LIFECYCLE,
  ['DELIVERED', 'CANCELLED', 'OUT_OF_STOCK', 'PAYMENT_FAILED', 'REFUNDED', 'PARTIALLY_REFUNDED'],
  'PENDING',
);
describeMachine<FulfillmentStatus>('fulfilment', fulfillmentMachine, FULFILMENT, ['DELIVERED'], 'UNFULFILLED');
describeMachine<FinancialStatus>('money', financialMachine, FINANCIAL, ['REFUNDED', 'DECLINED'], 'PENDING');

describe('the lifecycle', () => {
  it('declares the eleven statuses (two deprecated, ON_HOLD for fraud review) and three fulfilment and seven financial ones', () => {
    expect(ORDER_STATUSES).toHaveLength(11);
    expect(FULFILLMENT_STATUSES).toEqual(['UNFULFILLED', 'FULFILLED', 'DELIVERED']);
    expect(FINANCIAL_STATUSES).toHaveLength(7);
  });

  it('never leads to or leaves a deprecated refund status', () => {
    for (const status of DEPRECATED_ORDER_STATUSES) {
      expect(statusesLeadingTo(status)).toEqual([]);
      expect(isFinal(status)).toBe(true);
    }
  });

  it('names the statuses a compare-and-set may start from', () => {
    expect(statusesLeadingTo('CANCELLED')).toEqual(['PENDING', 'RESERVED', 'ON_HOLD', 'CONFIRMED']);
    expect(statusesLeadingTo('PENDING')).toEqual([]);
    expect(financialMachine.leadingTo('PAID')).toEqual(['PENDING', 'AUTHORIZED', 'VOIDED']);
  });

  it('recognises statuses', () => {
    expect(isOrderStatus('OUT_OF_STOCK')).toBe(true);
    expect(isOrderStatus('pending')).toBe(false);
    expect(isOrderStatus(3)).toBe(false);
    expect(canTransition('DELIVERED', 'PARTIALLY_REFUNDED')).toBe(false);
  });

  it('derives the fulfilment of a lifecycle status', () => {
    expect(ORDER_STATUSES.map((s) => [s, fulfillmentOf(s)])).toContainEqual(['FULFILLED', 'FULFILLED']);
    expect(fulfillmentOf('DELIVERED')).toBe('DELIVERED');
    expect(fulfillmentOf('CANCELLED')).toBe('UNFULFILLED');
  });
});

describe('one change across the three machines (nextStates)', () => {
  const shipped = { status: 'FULFILLED', fulfillmentStatus: 'FULFILLED', financialStatus: 'PAID' } as const;
  const partialRefund = { financial: { from: ['PAID', 'PARTIALLY_REFUNDED'], to: 'PARTIALLY_REFUNDED' } } as const;

  it('refunds part of a shipped order without un-shipping it, and a second partial refund is a change', () => {
    const once = nextStates(shipped, partialRefund);
    expect(once).toEqual({ status: 'FULFILLED', fulfillmentStatus: 'FULFILLED', financialStatus: 'PARTIALLY_REFUNDED' });
    expect(nextStates(once!, partialRefund)).toEqual(once);
    expect(nextStates(once!, { financial: { from: ['PARTIALLY_REFUNDED'], to: 'REFUNDED' } })).toEqual({ ...once, financialStatus: 'REFUNDED' });
  });

  it('ships only when both the lifecycle and the fulfilment may move', () => {
    const ship = { status: { from: ['CONFIRMED'], to: 'FULFILLED' }, fulfillment: { from: ['UNFULFILLED'], to: 'FULFILLED' } } as const;
    const paid = { status: 'CONFIRMED', fulfillmentStatus: 'UNFULFILLED', financialStatus: 'PAID' } as const;
    expect(nextStates(paid, ship)).toEqual({ ...paid, status: 'FULFILLED', fulfillmentStatus: 'FULFILLED' });
    expect(nextStates({ ...paid, fulfillmentStatus: 'FULFILLED' }, ship)).toBeNull();
    expect(nextStates(shipped, ship)).toBeNull();
  });

  it('moves the optional parts that are allowed and refuses a change that moves nothing', () => {
    const capture = {
      status: { from: ['RESERVED'], to: 'CONFIRMED', optional: true },
      financial: { from: ['PENDING', 'AUTHORIZED', 'VOIDED'], to: 'PAID', optional: true },
    } as const;
    const reserved = { status: 'RESERVED', fulfillmentStatus: 'UNFULFILLED', financialStatus: 'AUTHORIZED' } as const;
    expect(nextStates(reserved, capture)).toEqual({ ...reserved, status: 'CONFIRMED', financialStatus: 'PAID' });
    // A capture that raced a cancellation: the money moves, the lifecycle stays CANCELLED.
    const cancelled = { status: 'CANCELLED', fulfillmentStatus: 'UNFULFILLED', financialStatus: 'VOIDED' } as const;
    expect(nextStates(cancelled, capture)).toEqual({ ...cancelled, financialStatus: 'PAID' });
    expect(nextStates({ ...reserved, status: 'CONFIRMED', financialStatus: 'PAID' }, capture)).toBeNull();
  });

  it('refuses a required part the table does not allow, whatever the others', () => {
    const status: OrderStatus = 'DELIVERED';
    const refundAsStatus = { status: { from: [status], to: 'REFUNDED' as OrderStatus }, financial: { from: ['PAID'], to: 'REFUNDED' } } as const;
    expect(nextStates({ ...shipped, status }, refundAsStatus)).toBeNull();
  });
});
