import { encodeCursor } from '@shop/kit';
import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { orderFilterWhere, orderPageWhere } from '../src/db/order-query';
import { decodeOrderCursor, encodeOrderCursor, parseInstant, parseOrderFilter } from '../src/domain/order-list';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
  return 'no error';
};

describe('order filter', () => {
  it('normalises dates and drops empty conditions', () => {
    expect(parseOrderFilter(null)).toEqual({});
    expect(parseOrderFilter({ status: [], fulfillmentStatus: [], financialStatus: null, customerId: null })).toEqual({});
    expect(
      parseOrderFilter({
        status: ['DELIVERED', 'DELIVERED', 'FULFILLED'],
        fulfillmentStatus: ['DELIVERED'],
        financialStatus: ['PARTIALLY_REFUNDED', 'REFUNDED', 'REFUNDED'],
        customerId: 'usr_0001',
        createdAfter: '2026-01-01',
        createdBefore: '2026-02-01T12:00:00+01:00',
      }),
    ).toEqual({
      statuses: ['DELIVERED', 'FULFILLED'],
      fulfillmentStatuses: ['DELIVERED'],
      financialStatuses: ['PARTIALLY_REFUNDED', 'REFUNDED'],
      customerId: 'usr_0001',
      createdFrom: '2026-01-01T00:00:00.000Z',
      createdBefore: '2026-02-01T11:00:00.000Z',
    });
  });

  it('refuses what is not a date, and an empty range', () => {
    expect(code(() => parseOrderFilter({ createdAfter: 'yesterday' }))).toBe('BAD_USER_INPUT');
    expect(code(() => parseOrderFilter({ createdBefore: '2026-13-45' }))).toBe('BAD_USER_INPUT');
    expect(code(() => parseOrderFilter({ createdAfter: '2026-02-01', createdBefore: '2026-01-01' }))).toBe('BAD_USER_INPUT');
    expect(parseInstant('1700000000')).toBeUndefined();
  });
});

describe('order cursor', () => {
  it('round-trips the last row seen', () => {
    const row = { createdAt: '2026-01-01T10:00:00.123Z', id: 'ord_00001' };
    expect(decodeOrderCursor(encodeOrderCursor(row))).toEqual(row);
    expect(decodeOrderCursor(undefined)).toBeUndefined();
  });

  it('refuses tampered cursors as bad input', () => {
    expect(code(() => decodeOrderCursor('not-a-cursor'))).toBe('BAD_USER_INPUT');
    expect(code(() => decodeOrderCursor(encodeCursor(['2026-01-01; drop table orders', 'x'])))).toBe('BAD_USER_INPUT');
    expect(code(() => decodeOrderCursor(encodeCursor({ createdAt: '2026-01-01T10:00:00.123Z', id: 'x' })))).toBe('BAD_USER_INPUT');
  });
});

describe('order listing SQL', () => {
  const render = (where: ReturnType<typeof orderPageWhere>) => (where ? new PgDialect().sqlToQuery(where) : undefined);

  it('has no WHERE clause without conditions', () => {
    expect(render(orderPageWhere({}, undefined))).toBeUndefined();
  });

  it('filters by status, customer and a half-open date range, all as parameters', () => {
    const query = render(
      orderFilterWhere({
        statuses: ['CONFIRMED', 'FULFILLED'],
        customerId: 'usr_1',
        createdFrom: '2026-01-01T00:00:00.000Z',
        createdBefore: '2026-02-01T00:00:00.000Z',
      }),
    )!;
    expect(query.sql).toBe(
      '("orders"."orders"."status" in ($1, $2) and "orders"."orders"."customer_id" = $3 and "orders"."orders"."created_at" >= $4 and "orders"."orders"."created_at" < $5)',
    );
    expect(query.params).toEqual(['CONFIRMED', 'FULFILLED', 'usr_1', '2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z']);
  });

  it('continues strictly after the cursor in (created_at, id) order', () => {
    const query = render(orderPageWhere({ customerId: 'usr_1' }, { createdAt: '2026-01-01T00:00:00.000Z', id: 'ord_2' }))!;
    expect(query.sql).toBe(
      '("orders"."orders"."customer_id" = $1 and ("orders"."orders"."created_at" < $2 or ("orders"."orders"."created_at" = $3 and "orders"."orders"."id" < $4)))',
    );
    expect(query.params).toEqual(['usr_1', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'ord_2']);
  });
});
