import { newEvent } from '@shop/stores';
import { describe, expect, it } from 'vitest';
import { readOrderCreated, type OrderCreatedPayload } from '../src/events/order-created';

const payload: OrderCreatedPayload = {
  orderId: 'ord_1',
  number: 'SO-1',
  customerId: 'usr_1',
  currencyCode: 'USD',
  totalMinor: 1000,
  createdAt: '2026-01-01T00:00:00.000Z',
  lines: [{ productId: 'prd_1', variantId: 'var_1', sku: 'S1', quantity: 2, unitPriceMinor: 500 }],
};

describe('reading order.created', () => {
  it('keeps the fields recommendations use', () => {
    const event = newEvent('order.created', payload);
    const read = readOrderCreated(event);
    expect(read).toMatchObject({
      id: event.id,
      payload: { orderId: 'ord_1', customerId: 'usr_1', createdAt: payload.createdAt, lines: [{ productId: 'prd_1', quantity: 2 }] },
    });
  });
  it('reports what is wrong with an unreadable event', () => {
    expect(readOrderCreated(newEvent('order.created', payload, 2))).toEqual({ invalid: 'unsupported version 2' });
    expect(readOrderCreated(newEvent('order.created', { ...payload, customerId: '' }))).toHaveProperty('invalid');
    expect(readOrderCreated(newEvent('order.created', { ...payload, createdAt: 'yesterday' }))).toHaveProperty('invalid');
    expect(readOrderCreated(newEvent('order.created', { ...payload, lines: [{ productId: 'p', quantity: '1' }] }))).toHaveProperty('invalid');
    expect(readOrderCreated(newEvent('order.created', null))).toHaveProperty('invalid');
  });
});
