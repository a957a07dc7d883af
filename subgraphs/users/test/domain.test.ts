import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../src/domain/password';
import { validateRegistration } from '../src/domain/validation';

describe('registration rules', () => {
  it('accepts a sound registration', () => {
    expect(validateRegistration({ email: 'Someone@Example.com', password: 'correct horse 1', name: 'Some One' })).toEqual([]);
  });
  it('lists every problem at once', () => {
    const codes = validateRegistration({ email: 'not-an-email', password: 'short', name: '  ' }).map((e) => e.code);
    expect(codes).toEqual(['INVALID_EMAIL', 'WEAK_PASSWORD', 'INVALID_NAME']);
  });
  it('wants a letter and a digit', () => {
    expect(validateRegistration({ email: 'a@b.co', password: 'onlyletterslong', name: 'A' })[0]?.code).toBe('WEAK_PASSWORD');
    expect(validateRegistration({ email: 'a@b.co', password: '12345678901', name: 'A' })[0]?.code).toBe('WEAK_PASSWORD');
  });
});

describe('password hashing', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const hash = await hashPassword('s3cret-password');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(hash).not.toContain('s3cret');
    expect(await verifyPassword('s3cret-password', hash)).toBe(true);
    expect(await verifyPassword('s3cret-passworD', hash)).toBe(false);
  });
  it('salts every hash', async () => {
    expect(await hashPassword('same-password-1')).not.toBe(await hashPassword('same-password-1'));
  });
});
