/**
 * What a log line may never hold: secrets (passwords and their hashes, tokens, signatures, card
 * data, SQL parameters) and full email addresses. Applied by the logger to every message, field
 * and error, whatever the caller passed, so a driver error that carries its query's parameters
 * (postgres.js `parameters`, drizzle's "params: …" message) is cleaned without each catch site
 * remembering to.
 */
const SECRET_KEY =
  /^(pass(word)?|newpassword|currentpassword|secret|.*token|authorization|cookie|setcookie|.*hash|.*signature|.*sig|cvc|cvv|cardnumber|number|pan|parameters|params|args|variables)$/i;

export const REDACTED = '[redacted]';

export const isSecretKey = (key: string) => SECRET_KEY.test(key.replace(/[_-]/g, ''));

/** An email as `a***@example.com`: enough to tell accounts apart in an incident, not to contact anyone. */
const EMAIL = /([A-Za-z0-9])[A-Za-z0-9._%+-]*@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g;
const JWT = /eyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]{5,}/g;
const BEARER = /\b(Bearer)\s+\S+/gi;
const PASSWORD_HASH = /\b(scrypt|argon2(?:id|i|d)?|pbkdf2[\w-]*)\$[^\s,"'\]]+/gi;
const BCRYPT = /\$2[aby]?\$\d\d\$[./A-Za-z0-9]{53}/g;
/** drizzle's DrizzleQueryError puts the parameters after the SQL, in the message and so in the stack. */
const SQL_PARAMS = /(\bparams:)[^\n]*/g;
const CARD = /\b(?:\d[ -]?){12,18}\d\b/g;

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

export function redactText(text: string): string {
  return text
    .replace(SQL_PARAMS, `$1 ${REDACTED}`)
    .replace(JWT, '[token]')
    .replace(BEARER, `$1 ${REDACTED}`)
    .replace(PASSWORD_HASH, `$1$${REDACTED}`)
    .replace(BCRYPT, '[hash]')
    .replace(CARD, (m) => (luhn(m.replace(/[ -]/g, '')) ? '[card]' : m))
    .replace(EMAIL, '$1***@$2');
}

/** Only these of an error reach the log: postgres.js's `query`/`parameters`/`args` and the like never do. */
export function serializeError(error: Error): Record<string, unknown> {
  const code = (error as { code?: unknown }).code;
  return {
    name: error.name,
    message: redactText(error.message),
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    stack: error.stack ? redactText(error.stack) : undefined,
    ...(error.cause !== undefined ? { cause: error.cause } : {}),
  };
}

/** A JSON.stringify replacer applying the rules above to every key and value. */
export function redactingReplacer(key: string, value: unknown): unknown {
  if (key && isSecretKey(key) && value !== null && value !== undefined && value !== '') return REDACTED;
  if (value instanceof Error) return serializeError(value);
  if (typeof value === 'string') return redactText(value);
  return value;
}
