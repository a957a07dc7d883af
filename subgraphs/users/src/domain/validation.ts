export type UserErrorCode = 'INVALID_EMAIL' | 'WEAK_PASSWORD' | 'INVALID_NAME' | 'EMAIL_TAKEN' | 'INVALID_CREDENTIALS';

export interface UserError {
  code: UserErrorCode;
  message: string;
  field: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** Checks registration input; returns every problem, not just the first. */
export function validateRegistration(input: { email: string; password: string; name: string }): UserError[] {
  const errors: UserError[] = [];
  const email = normaliseEmail(input.email);
  if (!EMAIL.test(email) || email.length > 254) errors.push({ code: 'INVALID_EMAIL', message: 'Enter a valid email address.', field: 'email' });
  const pw = input.password;
  if (pw.length < 10 || pw.length > 200 || !/[A-Za-z]/.test(pw) || !/\d/.test(pw)) {
    errors.push({ code: 'WEAK_PASSWORD', message: 'Use 10 to 200 characters with at least one letter and one digit.', field: 'password' });
  }
  const name = input.name.trim();
  if (name.length < 1 || name.length > 100) errors.push({ code: 'INVALID_NAME', message: 'Enter a name of 1 to 100 characters.', field: 'name' });
  return errors;
}
