import { describe, expect, it } from 'vitest';
import { apiKey, cancellationKey, parseRefundAmount, refundRequestHash, validateRefundRequest } from '../src/domain/refund-request';

describe('refund requests', () => {
  it('parses decimal major units into minor units of the currency', () => {
    expect(parseRefundAmount('12.50', 'USD')).toEqual({ ok: true, minor: 1250 });
    expect(parseRefundAmount('12', 'USD')).toEqual({ ok: true, minor: 1200 });
    expect(parseRefundAmount(' 0.01 ', 'USD')).toEqual({ ok: true, minor: 1 });
    expect(parseRefundAmount('500', 'JPY')).toEqual({ ok: true, minor: 500 });
  });

  it.each([
    ['0', 'USD'],
    ['0.00', 'USD'],
    ['-1.00', 'USD'],
    ['1.005', 'USD'],
    ['1.5', 'JPY'],
    ['abc', 'USD'],
    ['1e3', 'USD'],
    ['', 'USD'],
    ['99999999999999999999', 'USD'],
  ])('refuses the amount "%s" in %s', (amount, currency) => {
    expect(parseRefundAmount(amount, currency)).toMatchObject({ ok: false, message: expect.any(String) });
  });

  it('fingerprints the request by value: "5" and "5.00" are the same refund, another amount or reason is not', () => {
    const a = refundRequestHash({ paymentId: 'pay_1', amountMinor: 500, reason: null });
    expect(refundRequestHash({ paymentId: 'pay_1', amountMinor: 500, reason: null })).toBe(a);
    expect(refundRequestHash({ paymentId: 'pay_1', amountMinor: 501, reason: null })).not.toBe(a);
    expect(refundRequestHash({ paymentId: 'pay_2', amountMinor: 500, reason: null })).not.toBe(a);
    expect(refundRequestHash({ paymentId: 'pay_1', amountMinor: 500, reason: 'damaged' })).not.toBe(a);
  });

  it('keeps callers’ keys and the saga’s keys apart', () => {
    expect(apiKey(' k1 ')).toBe('api:k1');
    expect(cancellationKey('pay_1')).toMatch(/^saga:cancel:pay_1:[0-9a-f-]{36}$/);
    expect(cancellationKey('pay_1')).not.toBe(cancellationKey('pay_1'));
    expect(apiKey('saga:cancel:pay_1:x')).toBe('api:saga:cancel:pay_1:x');
  });

  it('refuses an empty or oversized key, a missing payment id and an overlong reason', () => {
    const input = { paymentId: 'pay_1', amount: '1.00', reason: 'ok' };
    expect(validateRefundRequest(input, 'key')).toBeNull();
    expect(validateRefundRequest(input, '  ')).toMatchObject({ field: 'idempotencyKey' });
    expect(validateRefundRequest(input, 'k'.repeat(201))).toMatchObject({ field: 'idempotencyKey' });
    expect(validateRefundRequest({ ...input, paymentId: ' ' }, 'key')).toMatchObject({ field: 'input.paymentId' });
    expect(validateRefundRequest({ ...input, reason: 'r'.repeat(501) }, 'key')).toMatchObject({ field: 'input.reason' });
  });
});
