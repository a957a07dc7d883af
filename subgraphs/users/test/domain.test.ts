import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../src/domain/password';
import { COMMON_PASSWORDS, passwordProblems } from '../src/domain/password-rules';
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
  it('reports every broken password rule in one WEAK_PASSWORD error on the password field', () => {
    const errors = validateRegistration({ email: 'a@b.co', password: 'short', name: 'A' });
    expect(errors).toEqual([{ code: 'WEAK_PASSWORD', field: 'password', message: 'Use 10 to 128 characters. Include at least one letter and one digit.' }]);
  });
});

describe('password rules', () => {
  const email = 'jane.doe2024@example.com';
  it('accepts 10 to 128 characters with a letter and a digit', () => {
    expect(passwordProblems('abcdefghi1', email)).toEqual([]);
    expect(passwordProblems(`${'a'.repeat(127)}1`, email)).toEqual([]);
    expect(passwordProblems('pässwörter9', email)).toEqual([]);
  });
  it('refuses 9 and 129 characters', () => {
    expect(passwordProblems('abcdefgh1', email)).toEqual(['Use 10 to 128 characters.']);
    expect(passwordProblems(`${'a'.repeat(128)}1`, email)).toEqual(['Use 10 to 128 characters.']);
  });
  it('wants both a letter and a digit', () => {
    expect(passwordProblems('abcdefghijk', email)).toEqual(['Include at least one letter and one digit.']);
    expect(passwordProblems('12345678901', email)).toEqual(['Include at least one letter and one digit.']);
    expect(passwordProblems('!!!!!!!!!!!!', email)).toEqual(['Include at least one letter and one digit.']);
  });
  it('refuses the email address, in any case, and its local part', () => {
    const message = 'Do not use your email address as your password.';
    expect(passwordProblems('Jane.Doe2024@Example.com', email)).toEqual([message]);
    expect(passwordProblems('jane.doe2024', email)).toEqual([message]);
    expect(passwordProblems('jane.doe2025', email)).toEqual([]);
  });
  it('refuses very common passwords whatever their case', () => {
    const message = 'This password is too common; choose one that is harder to guess.';
    expect(passwordProblems('Password123', email)).toEqual([message]);
    expect(passwordProblems('QWERTY123456', email)).toEqual([message]);
    expect(passwordProblems('1q2w3e4r5t', email)).toEqual([message]);
  });
  it('keeps only entries that the other rules would let through (else they are dead weight)', () => {
    for (const common of COMMON_PASSWORDS) expect(passwordProblems(common, 'x@y.zz').length, common).toBe(1);
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
