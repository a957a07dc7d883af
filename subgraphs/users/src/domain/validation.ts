import { passwordProblems } from './password-rules';

export type UserErrorCode =
  | 'INVALID_EMAIL'
  | 'WEAK_PASSWORD'
  | 'INVALID_NAME'
  | 'EMAIL_TAKEN'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_REFRESH_TOKEN'
  | 'USER_NOT_FOUND'
  | 'CANNOT_DEMOTE_SELF'
  | 'TOO_MANY_ATTEMPTS';

export interface UserError {
  code: UserErrorCode;
  message: string;
  field: string | null;
  /** TOO_MANY_ATTEMPTS only: seconds until another attempt is accepted. */
  retryAfterSeconds?: number | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** Checks registration input; returns every problem, not just the first. */
export function validateRegistration(input: { email: string; password: string; name: string }): UserError[] {
  const errors: UserError[] = [];
  const email = normaliseEmail(input.email);
  if (!EMAIL.test(email) || email.length > 254) errors.push({ code: 'INVALID_EMAIL', message: 'Enter a valid email address.', field: 'email' });
  const weak = passwordProblems(input.password, email);
  if (weak.length) errors.push({ code: 'WEAK_PASSWORD', message: weak.join(' '), field: 'password' });
  const name = input.name.trim();
  if (name.length < 1 || name.length > 100) errors.push({ code: 'INVALID_NAME', message: 'Enter a name of 1 to 100 characters.', field: 'name' });
  return errors;
}
