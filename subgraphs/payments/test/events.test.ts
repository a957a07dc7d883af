import { newEvent } from '@shop/stores';
import { describe, expect, it } from 'vitest';
import { readInventoryReserved, readOrderCreated, readOrderUpdated } from '../src/events/incoming';
import { paymentFailed, paymentRefunded } from '../src/events/payment-events';

const checkout = {
  orderId: 'ord_1',
  number: 'SO-1',
  customerId: 'usr_1',
  currencyCode: 'USD',
  totalMinor: 4_200,
  createdAt: '2026-03-01T12:00:00.000Z',
  lines: [],
  source: 'checkout',
  status: 'PENDING',
  payment: { token: 'tok_sim_x', brand: 'VISA', last4: '4242' },
};

describe('events payments consumes', () => {
  it('reads a checkout order.created and skips seeded history', () => {
    expect(readOrderCreated(newEvent('order.created', checkout))).toEqual({
      orderId: 'ord_1',
      customerId: 'usr_1',
      totalMinor: 4_200,
      currencyCode: 'USD',
      payment: { token: 'tok_sim_x', brand: 'VISA', last4: '4242' },
    });
    expect(readOrderCreated(newEvent('order.created', { ...checkout, source: 'history', payment: undefined }))).toEqual({ skip: 'source history' });
  });

  it('refuses checkout orders without a usable payment method or amount, and other versions', () => {
    for (const payload of [
      { ...checkout, payment: undefined },
      { ...checkout, payment: { ...checkout.payment, last4: '4242424242424242' } },
      { ...checkout, payment: { ...checkout.payment, token: '' } },
      { ...checkout, totalMinor: 42.5 },
      { ...checkout, customerId: undefined },
    ]) {
      expect(readOrderCreated(newEvent('order.created', payload))).toHaveProperty('invalid');
    }
    expect(readOrderCreated(newEvent('order.created', checkout, 2))).toHaveProperty('invalid');
  });

  it('reads inventory.reserved by its order, with when its hold lapses', () => {
    expect(readInventoryReserved(newEvent('inventory.reserved', { orderId: 'ord_1', reservationId: 'res_1', allocations: [] }))).toEqual({
      orderId: 'ord_1',
      expiresAt: null,
    });
    const expiresAt = '2030-01-01T00:15:00.000Z';
    expect(readInventoryReserved(newEvent('inventory.reserved', { orderId: 'ord_1', reservationId: 'res_1', expiresAt, allocations: [] }))).toEqual({
      orderId: 'ord_1',
      expiresAt,
    });
    expect(readInventoryReserved(newEvent('inventory.reserved', {}))).toHaveProperty('invalid');
  });

  it('acts on order.updated only when the order closes (cancelled, out of stock)', () => {
    const updated = (status: string, reason: string | null = null) =>
      newEvent('order.updated', { orderId: 'ord_1', status, previousStatus: 'RESERVED', version: 2, reason });
    expect(readOrderUpdated(updated('CANCELLED', 'customer asked'))).toEqual({ orderId: 'ord_1', status: 'CANCELLED', reason: 'customer asked' });
    expect(readOrderUpdated(updated('OUT_OF_STOCK'))).toEqual({ orderId: 'ord_1', status: 'OUT_OF_STOCK', reason: null });
    for (const status of ['RESERVED', 'CONFIRMED', 'PAYMENT_FAILED', 'FULFILLED', 'REFUNDED']) expect(readOrderUpdated(updated(status))).toHaveProperty('skip');
    // A refund of a cancelled order moves its money only: it is not a second cancellation.
    const refundOfCancelled = newEvent('order.updated', {
      orderId: 'ord_1',
      status: 'CANCELLED',
      previousStatus: 'CANCELLED',
      financialStatus: 'REFUNDED',
      version: 3,
      reason: null,
    });
    expect(readOrderUpdated(refundOfCancelled)).toHaveProperty('skip');
  });
});

describe('events payments publishes', () => {
  const payment = { id: 'pay_1', orderId: 'ord_1', amountMinor: 5_000, currencyCode: 'USD' };

  it('payment.failed carries the decline code and message', () => {
    expect(paymentFailed(payment, 'INSUFFICIENT_FUNDS', 'The card has insufficient funds.')).toMatchObject({
      type: 'payment.failed',
      version: 1,
      payload: { orderId: 'ord_1', paymentId: 'pay_1', code: 'INSUFFICIENT_FUNDS', message: 'The card has insufficient funds.' },
    });
  });

  it('payment.refunded says how much is refunded in total and whether that is all of it', () => {
    const partly = paymentRefunded({ ...payment, capturedMinor: 5_000, refundedMinor: 2_000 }, { id: 'rfd_1', amountMinor: 2_000 });
    expect(partly.payload).toEqual({
      orderId: 'ord_1',
      paymentId: 'pay_1',
      refundId: 'rfd_1',
      amountMinor: 2_000,
      refundedTotalMinor: 2_000,
      capturedMinor: 5_000,
      fullyRefunded: false,
    });
    expect(paymentRefunded({ ...payment, capturedMinor: 5_000, refundedMinor: 5_000 }, { id: 'rfd_2', amountMinor: 3_000 }).payload.fullyRefunded).toBe(true);
  });
});
