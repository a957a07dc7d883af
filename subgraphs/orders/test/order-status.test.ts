import { describe, expect, it } from 'vitest';
import { canTransition, isFinal, isOrderStatus, ORDER_STATUSES, statusesLeadingTo, type OrderStatus } from '../src/domain/order-status';

/** The lifecycle of docs/commerce-flow.md written out independently of the transitions table. */
const ALLOWED = new Set<string>([
  'PENDING->RESERVED',
  'PENDING->OUT_OF_STOCK',
  'PENDING->CANCELLED',
  'RESERVED->CONFIRMED',
  'RESERVED->PAYMENT_FAILED',
  'RESERVED->CANCELLED',
  'CONFIRMED->FULFILLED',
  'CONFIRMED->CANCELLED',
  'CONFIRMED->PARTIALLY_REFUNDED',
  'CONFIRMED->REFUNDED',
  'FULFILLED->DELIVERED',
  'FULFILLED->PARTIALLY_REFUNDED',
  'FULFILLED->REFUNDED',
  'DELIVERED->PARTIALLY_REFUNDED',
  'DELIVERED->REFUNDED',
  'PARTIALLY_REFUNDED->PARTIALLY_REFUNDED',
  'PARTIALLY_REFUNDED->REFUNDED',
]);

describe('order lifecycle', () => {
  const pairs = ORDER_STATUSES.flatMap((from) => ORDER_STATUSES.map((to) => [from, to] as [OrderStatus, OrderStatus]));
  const illegal = pairs.filter(([from, to]) => !ALLOWED.has(`${from}->${to}`));

  it('declares the ten statuses', () => {
    expect(ORDER_STATUSES).toHaveLength(10);
    expect(pairs).toHaveLength(100);
    expect(illegal).toHaveLength(100 - ALLOWED.size);
  });

  it.each(pairs.filter(([from, to]) => ALLOWED.has(`${from}->${to}`)))('allows %s -> %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it.each(illegal)('refuses %s -> %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it('ends in OUT_OF_STOCK, PAYMENT_FAILED, CANCELLED and REFUNDED only', () => {
    expect(ORDER_STATUSES.filter(isFinal).sort()).toEqual(['CANCELLED', 'OUT_OF_STOCK', 'PAYMENT_FAILED', 'REFUNDED']);
  });

  it('names the statuses a compare-and-set may start from', () => {
    expect(statusesLeadingTo('CANCELLED')).toEqual(['PENDING', 'RESERVED', 'CONFIRMED']);
    expect(statusesLeadingTo('PARTIALLY_REFUNDED')).toEqual(['CONFIRMED', 'FULFILLED', 'DELIVERED', 'PARTIALLY_REFUNDED']);
    expect(statusesLeadingTo('PENDING')).toEqual([]);
  });

  it('recognises statuses', () => {
    expect(isOrderStatus('OUT_OF_STOCK')).toBe(true);
    expect(isOrderStatus('pending')).toBe(false);
    expect(isOrderStatus(3)).toBe(false);
  });
});
