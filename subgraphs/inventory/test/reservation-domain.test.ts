import { newEvent } from '@shop/stores';
import { describe, expect, it } from 'vitest';
import { expiryOf, RESERVATION_STATUSES, settlementFor, SETTLING_ORDER_STATUSES } from '../src/domain/reservation';
import { readOrderCreated, readOrderUpdated } from '../src/events/order-events';
import { released, reservationFailed, reserved } from '../src/events/inventory-events';

describe('reservation settlement', () => {
  it('commits an active reservation when its order is paid', () => {
    expect(settlementFor('ACTIVE', 'CONFIRMED')).toEqual({ action: 'commit', from: 'ACTIVE', to: 'COMMITTED' });
  });
  it('releases an active reservation on cancellation or payment failure, with the reason', () => {
    expect(settlementFor('ACTIVE', 'CANCELLED')).toMatchObject({ action: 'release', to: 'RELEASED', reason: 'ORDER_CANCELLED' });
    expect(settlementFor('ACTIVE', 'PAYMENT_FAILED')).toMatchObject({ action: 'release', to: 'RELEASED', reason: 'PAYMENT_FAILED' });
  });
  it('restocks a committed reservation when the paid order is cancelled', () => {
    expect(settlementFor('COMMITTED', 'CANCELLED')).toEqual({ action: 'restock', from: 'COMMITTED', to: 'RELEASED', reason: 'ORDER_CANCELLED' });
  });
  it('tries to fill an order paid after its reservation lapsed', () => {
    expect(settlementFor('EXPIRED', 'CONFIRMED')).toEqual({ action: 'late-commit', from: 'EXPIRED', to: 'COMMITTED' });
  });
  it('does nothing for every other pair, so repeated and late events are harmless', () => {
    const acting = new Set(['ACTIVE/CONFIRMED', 'ACTIVE/CANCELLED', 'ACTIVE/PAYMENT_FAILED', 'COMMITTED/CANCELLED', 'EXPIRED/CONFIRMED']);
    for (const status of RESERVATION_STATUSES) {
      for (const order of SETTLING_ORDER_STATUSES) {
        if (!acting.has(`${status}/${order}`)) expect(settlementFor(status, order), `${status}/${order}`).toEqual({ action: 'none' });
      }
    }
  });
  it('puts the deadline ttl seconds after the reservation', () => {
    expect(expiryOf(new Date('2025-01-01T00:00:00Z'), 900).toISOString()).toBe('2025-01-01T00:15:00.000Z');
  });
});

describe('reading order events', () => {
  const created = (payload: Record<string, unknown>, version = 1) => newEvent('order.created', payload, version);
  const line = { productId: 'p1', variantId: 'v1', sku: 'S', quantity: 2, unitPriceMinor: 100 };

  it('reads the lines of a checkout order', () => {
    expect(readOrderCreated(created({ orderId: 'o1', source: 'checkout', lines: [line, { ...line, variantId: 'v2', quantity: 1 }] }))).toEqual({
      orderId: 'o1',
      lines: [
        { variantId: 'v1', quantity: 2 },
        { variantId: 'v2', quantity: 1 },
      ],
    });
  });
  it('ignores seeded history and orders without a source', () => {
    expect(readOrderCreated(created({ orderId: 'o1', source: 'history', lines: [line] }))).toHaveProperty('ignored');
    expect(readOrderCreated(created({ orderId: 'o1', lines: [line] }))).toHaveProperty('ignored');
  });
  it('refuses checkout orders it cannot reserve', () => {
    expect(readOrderCreated(created({ orderId: 'o1', source: 'checkout', lines: [] }))).toHaveProperty('invalid');
    expect(readOrderCreated(created({ orderId: 'o1', source: 'checkout', lines: [{ ...line, variantId: null }] }))).toHaveProperty('invalid');
    expect(readOrderCreated(created({ orderId: 'o1', source: 'checkout', lines: [{ ...line, quantity: 0 }] }))).toHaveProperty('invalid');
    expect(readOrderCreated(created({ orderId: 'o1', source: 'checkout', lines: [line] }, 2))).toHaveProperty('invalid');
  });
  it('acts only on the order statuses that settle a reservation', () => {
    const updated = (status: string) => newEvent('order.updated', { orderId: 'o1', status, previousStatus: 'RESERVED', version: 2 });
    expect(readOrderUpdated(updated('CONFIRMED'))).toEqual({ orderId: 'o1', status: 'CONFIRMED' });
    expect(readOrderUpdated(updated('PAYMENT_FAILED'))).toEqual({ orderId: 'o1', status: 'PAYMENT_FAILED' });
    expect(readOrderUpdated(updated('FULFILLED'))).toHaveProperty('ignored');
    expect(readOrderUpdated(updated('RESERVED'))).toHaveProperty('ignored');
    // A refund of a confirmed order moves its money only: nothing to commit again.
    const refund = newEvent('order.updated', {
      orderId: 'o1',
      status: 'CONFIRMED',
      previousStatus: 'CONFIRMED',
      financialStatus: 'PARTIALLY_REFUNDED',
      version: 4,
    });
    expect(readOrderUpdated(refund)).toHaveProperty('ignored');
    expect(readOrderUpdated(newEvent('order.updated', { status: 'CONFIRMED' }))).toHaveProperty('invalid');
  });
});

describe('saga events', () => {
  it('carry exactly the payloads of the commerce-flow contract', () => {
    const allocations = [{ variantId: 'v1', warehouseId: 'wh_a', quantity: 2 }];
    expect(reserved({ orderId: 'o1', reservationId: 'r1', expiresAt: '2025-01-01T00:15:00.000Z', allocations }).payload).toEqual({
      orderId: 'o1',
      reservationId: 'r1',
      expiresAt: '2025-01-01T00:15:00.000Z',
      allocations,
    });
    expect(reservationFailed('o1', [{ variantId: 'v1', requested: 2, available: 1 }])).toMatchObject({
      type: 'inventory.reservation_failed',
      version: 1,
      payload: { orderId: 'o1', reason: 'OUT_OF_STOCK', shortages: [{ variantId: 'v1', requested: 2, available: 1 }] },
    });
    expect(released({ orderId: 'o1', reservationId: 'r1', reason: 'EXPIRED' })).toMatchObject({
      type: 'inventory.released',
      payload: { orderId: 'o1', reservationId: 'r1', reason: 'EXPIRED' },
    });
  });
});
