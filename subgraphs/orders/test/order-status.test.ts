import { describe, expect, it } from 'vitest';
import { canTransition, isFinal, isOrderStatus, ORDER_STATUSES, type OrderStatus } from '../src/domain/order-status';

/** The lifecycle written out independently of the transitions table, as the product describes it. */
const ALLOWED = new Set<string>([
  'PENDING->RESERVED',
  'RESERVED->CONFIRMED',
  'CONFIRMED->FULFILLED',
  'FULFILLED->DELIVERED',
  'PENDING->PAYMENT_FAILED',
  'RESERVED->PAYMENT_FAILED',
  'PENDING->CANCELLED',
  'RESERVED->CANCELLED',
  'CONFIRMED->CANCELLED',
  'CONFIRMED->REFUNDED',
  'FULFILLED->REFUNDED',
  'DELIVERED->REFUNDED',
  'CONFIRMED->PARTIALLY_REFUNDED',
  'FULFILLED->PARTIALLY_REFUNDED',
  'DELIVERED->PARTIALLY_REFUNDED',
  'PARTIALLY_REFUNDED->REFUNDED',
]);

describe('order lifecycle', () => {
  const pairs = ORDER_STATUSES.flatMap((from) => ORDER_STATUSES.map((to) => [from, to] as [OrderStatus, OrderStatus]));

  it('declares the nine statuses', () => {
    expect(ORDER_STATUSES).toHaveLength(9);
    expect(pairs).toHaveLength(81);
  });

  it.each(pairs)('%s -> %s', (from, to) => {
    expect(canTransition(from, to)).toBe(ALLOWED.has(`${from}->${to}`));
  });

  it('ends in CANCELLED, PAYMENT_FAILED and REFUNDED only', () => {
    expect(ORDER_STATUSES.filter(isFinal)).toEqual(['CANCELLED', 'PAYMENT_FAILED', 'REFUNDED']);
  });

  it('recognises statuses', () => {
    expect(isOrderStatus('PENDING')).toBe(true);
    expect(isOrderStatus('pending')).toBe(false);
    expect(isOrderStatus(3)).toBe(false);
  });
});
