/** Bounds of an acceptable password. The upper bound keeps scrypt's input (and its cost) in check. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * Very common passwords that would pass the length, letter and digit rules. A short list on purpose:
 * it stops the first guesses of every credential-stuffing list without pretending to be a breach
 * corpus. Compared lower-cased.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  'password1234',
  'password123',
  'password12',
  'password01',
  'passw0rd123',
  'p@ssw0rd123',
  'qwerty1234',
  'qwerty12345',
  'qwerty123456',
  'qwertyuiop1',
  'qwertyuiop123',
  '1q2w3e4r5t',
  '1q2w3e4r5t6y',
  'q1w2e3r4t5',
  'a123456789',
  '123456789a',
  'abc1234567',
  'abcd123456',
  'abcdef1234',
  '1234567890a',
  'iloveyou123',
  'welcome123',
  'welcome1234',
  'letmein123',
  'admin12345',
  'admin123456',
  'changeme123',
  'football123',
  'baseball123',
  'monkey12345',
  'dragon12345',
  'sunshine123',
  'princess123',
  'trustno1234',
  'zaq12wsxcde3',
  '1qaz2wsx3edc',
]);

/**
 * Every rule the password breaks, each as a sentence a person can act on; empty when it is fine.
 * `email` is the account's email: the password may be neither the address nor its local part.
 */
export function passwordProblems(password: string, email: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    problems.push(`Use ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.`);
  }
  if (!/\p{L}/u.test(password) || !/\p{Nd}/u.test(password)) problems.push('Include at least one letter and one digit.');
  const lowered = password.trim().toLowerCase();
  const address = email.trim().toLowerCase();
  const localPart = address.split('@')[0] ?? '';
  if (lowered === address || (localPart.length > 0 && lowered === localPart)) problems.push('Do not use your email address as your password.');
  if (COMMON_PASSWORDS.has(lowered)) problems.push('This password is too common; choose one that is harder to guess.');
  return problems;
}
