import { describe, expect, it } from 'vitest';
import { isCountryCode, validateAddress } from '../src/domain/address';
import { lineWarnings, stockProblems } from '../src/domain/cart-lines';
import { checkoutFingerprint, isValidIdempotencyKey } from '../src/domain/checkout-request';
import { outOfStockReason, paymentFailedReason, refundReason } from '../src/domain/order-reasons';

const ADDRESS = { name: ' Ava Haddad ', line1: '1 Harbour Street', city: 'Portland', postalCode: '97201', country: 'us' };
const CARD = { brand: 'VISA', last4: '4242', expMonth: 12, expYear: 2034 };

describe('shipping address', () => {
  it('trims and upper-cases what it keeps', () => {
    expect(validateAddress(ADDRESS)).toEqual({ ok: true, address: { ...ADDRESS, name: 'Ava Haddad', line2: null, country: 'US' } });
  });

  it.each([
    ['name', { name: '  ' }],
    ['line1', { line1: '' }],
    ['city', { city: ' ' }],
    ['postalCode', { postalCode: '' }],
    ['postalCode', { postalCode: '!!' }],
    ['country', { country: 'USA' }],
    ['country', { country: 'XX' }],
    ['line2', { line2: 'x'.repeat(201) }],
  ])('refuses a bad %s with its field', (field, change) => {
    const result = validateAddress({ ...ADDRESS, ...change }, 'input.shippingAddress');
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ADDRESS', field: `input.shippingAddress.${field}` } });
  });

  it('knows ISO 3166-1 alpha-2 country codes', () => {
    expect(['US', 'DE', 'JP', 'BR'].every(isCountryCode)).toBe(true);
    expect(['ZZ', 'XX', 'EU', 'us', 'U'].some(isCountryCode)).toBe(false);
  });
});

describe('checkout idempotency', () => {
  const address = (validateAddress(ADDRESS) as { ok: true; address: Parameters<typeof checkoutFingerprint>[1] }).address;

  it('binds a key to the cart, the address and the card, not to the token', () => {
    const base = checkoutFingerprint('cart_1', address, CARD);
    expect(checkoutFingerprint('cart_1', { ...address }, { ...CARD })).toBe(base);
    expect(checkoutFingerprint('cart_2', address, CARD)).not.toBe(base);
    expect(checkoutFingerprint('cart_1', { ...address, city: 'Salem' }, CARD)).not.toBe(base);
    expect(checkoutFingerprint('cart_1', address, { ...CARD, last4: '4444' })).not.toBe(base);
    expect(checkoutFingerprint('cart_1', address, { ...CARD, expYear: 2035 })).not.toBe(base);
  });

  it('accepts printable keys of 1..200 characters', () => {
    expect(isValidIdempotencyKey('0b9e4c1a-6f0d-4b7e-9d65-2f1c3a8e7b10')).toBe(true);
    expect(isValidIdempotencyKey('')).toBe(false);
    expect(isValidIdempotencyKey('a b')).toBe(false);
    expect(isValidIdempotencyKey('k'.repeat(201))).toBe(false);
  });
});

describe('status change reasons', () => {
  it('says which lines were short', () => {
    const reason = outOfStockReason([{ variantId: 'var_1', requested: 3, available: 1 }], (id) => (id === 'var_1' ? 'SKU-1' : undefined));
    expect(reason).toBe('Not enough stock: SKU-1: 3 requested, 1 available.');
  });

  it('explains payment failures and refunds in words', () => {
    expect(paymentFailedReason('CARD_DECLINED', 'declined')).toBe('Payment failed (CARD_DECLINED): the card was declined.');
    expect(paymentFailedReason('SOMETHING_NEW', 'Try later')).toBe('Payment failed (SOMETHING_NEW): Try later.');
    expect(refundReason(500, 1500, 5000, 'USD')).toBe('Refunded 5.00 USD (15.00 USD of 50.00 USD in total).');
  });
});

describe('cart line stock warnings', () => {
  const variant = { variantId: 'v1', productId: 'p1', sku: 'SKU-1', productName: 'Tent', variantName: 'Green', priceMinor: 1000, currencyCode: 'USD' };
  it('warns only when the known availability is below the line', () => {
    expect(lineWarnings({ quantity: 2, available: null })).toEqual([]);
    expect(lineWarnings({ quantity: 2, available: 2 })).toEqual([]);
    expect(lineWarnings({ quantity: 3, available: 2 }).map((w) => w.code)).toEqual(['INSUFFICIENT_STOCK']);
    expect(lineWarnings({ quantity: 1, available: 0 }).map((w) => w.code)).toEqual(['OUT_OF_STOCK']);
    expect(lineWarnings({ quantity: 1, available: -4 }).map((w) => w.code)).toEqual(['OUT_OF_STOCK']);
  });

  it('refuses at checkout each line it knows cannot be fulfilled, naming the line', () => {
    const catalog = new Map([
      ['v1', { ...variant, available: 1 }],
      ['v2', { ...variant, variantId: 'v2', available: null }],
    ]);
    const problems = stockProblems(
      [
        { id: 'l1', variantId: 'v1', quantity: 2 },
        { id: 'l2', variantId: 'v2', quantity: 50 },
      ],
      catalog,
    );
    expect(problems).toEqual([{ code: 'INSUFFICIENT_STOCK', field: 'lines.l1', message: expect.stringContaining('Only 1 of Tent') }]);
  });
});
