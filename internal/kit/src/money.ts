/** Money travels as integer minor units internally and as a decimal string on the API. */
export interface Money {
  amount: string;
  currencyCode: string;
}

const MINOR_DIGITS: Record<string, number> = { JPY: 0, KRW: 0 };
export const minorDigits = (currency: string) => MINOR_DIGITS[currency] ?? 2;

export function toMoney(minorUnits: number | bigint, currencyCode: string): Money {
  return { amount: formatMinor(minorUnits, currencyCode), currencyCode };
}

export function formatMinor(minorUnits: number | bigint, currencyCode: string): string {
  const digits = minorDigits(currencyCode);
  const value = BigInt(minorUnits);
  const negative = value < 0n;
  const abs = (negative ? -value : value).toString().padStart(digits + 1, '0');
  const whole = abs.slice(0, abs.length - digits);
  const frac = digits ? `.${abs.slice(abs.length - digits)}` : '';
  return `${negative ? '-' : ''}${whole}${frac}`;
}

/** Parses "12.30" into 1230 minor units; rejects more decimals than the currency has. */
export function parseAmount(amount: string, currencyCode: string): number {
  const digits = minorDigits(currencyCode);
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) throw new RangeError(`"${amount}" is not a decimal amount`);
  const [, sign, whole, frac = ''] = match;
  if (frac.length > digits) throw new RangeError(`"${amount}" has more than ${digits} decimal places for ${currencyCode}`);
  const minor = Number(whole) * 10 ** digits + Number(frac.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor)) throw new RangeError(`"${amount}" is out of range`);
  return sign ? -minor : minor;
}
