import { describe, expect, it } from 'vitest';
import { brandOf, CARD_OUTCOMES, DECLINE_MESSAGES, isDecline, luhnValid, readCardToken, tokenizeCard, validateCard } from '../src';

const now = new Date('2026-11-22T12:00:00Z');

describe('card validation', () => {
  it('checks the Luhn digit', () => {
    expect(luhnValid('4242424242424242')).toBe(true);
    expect(luhnValid('4242424242424241')).toBe(false);
  });

  it('names the brand', () => {
    expect(brandOf('4242424242424242')).toBe('VISA');
    expect(brandOf('5555555555554444')).toBe('MASTERCARD');
    expect(brandOf('378282246310005')).toBe('AMEX');
  });

  it('refuses a bad number, a past expiry and a short CVC, naming the field', () => {
    expect(validateCard({ cardNumber: '1234', expiry: '12/30', cvc: '123' }, now)).toMatchObject({ ok: false, field: 'cardNumber' });
    expect(validateCard({ cardNumber: '4242424242424242', expiry: '10/26', cvc: '123' }, now)).toMatchObject({ ok: false, field: 'expiry' });
    expect(validateCard({ cardNumber: '4242424242424242', expiry: '13/30', cvc: '123' }, now)).toMatchObject({ ok: false, field: 'expiry' });
    expect(validateCard({ cardNumber: '4242 4242 4242 4242', expiry: '11/26', cvc: '12' }, now)).toMatchObject({ ok: false, field: 'cvc' });
    expect(validateCard({ cardNumber: '378282246310005', expiry: '11/2026', cvc: '123' }, now)).toMatchObject({ ok: false, field: 'cvc' });
  });

  it('accepts a card through the end of its expiry month', () => {
    expect(validateCard({ cardNumber: '4242 4242 4242 4242', expiry: '11/26', cvc: '123' }, now)).toMatchObject({ ok: true, card: { last4: '4242' } });
  });
});

describe('card tokens', () => {
  it('carry brand, last four and the test outcome, never the number or CVC', () => {
    const result = tokenizeCard({ cardNumber: '4000000000009995', expiry: '01/30', cvc: '987' }, now);
    if (!result.ok) throw new Error(result.message);
    expect(result.token).not.toContain('4000000000009995');
    expect(Buffer.from(result.token.slice(8), 'base64url').toString()).not.toMatch(/4000000000009995|987/);
    expect(readCardToken(result.token)).toEqual({ brand: 'VISA', last4: '9995', expMonth: 1, expYear: 2030, outcome: 'INSUFFICIENT_FUNDS' });
  });

  it('are different each time and unreadable when foreign', () => {
    const a = tokenizeCard({ cardNumber: '4242424242424242', expiry: '01/30', cvc: '123' }, now);
    const b = tokenizeCard({ cardNumber: '4242424242424242', expiry: '01/30', cvc: '123' }, now);
    expect(a.ok && b.ok && a.token !== b.token).toBe(true);
    expect(readCardToken('tok_sim_garbage')).toBeNull();
    expect(readCardToken('pm_123')).toBeNull();
  });
});

describe('simulated processor outcomes', () => {
  it('has a decline message for every declining outcome, none naming a card number', () => {
    const declines = CARD_OUTCOMES.filter(isDecline);
    expect(declines).toEqual(['CARD_DECLINED', 'INSUFFICIENT_FUNDS', 'EXPIRED_CARD', 'PROCESSING_ERROR']);
    for (const outcome of declines) expect(DECLINE_MESSAGES[outcome]).toMatch(/^The card|could not be processed/);
    expect(Object.values(DECLINE_MESSAGES).join(' ')).not.toMatch(/\d{4}/);
  });
});
