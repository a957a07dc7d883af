/** Card details as a shopper types them. Never stored or logged: only the token leaves checkout. */
export interface CardInput {
  cardNumber: string;
  /** MM/YY or MM/YYYY. */
  expiry: string;
  cvc: string;
}

export type CardBrand = 'VISA' | 'MASTERCARD' | 'AMEX' | 'DISCOVER' | 'UNKNOWN';

export interface ValidCard {
  number: string;
  brand: CardBrand;
  last4: string;
  expMonth: number;
  expYear: number;
}

export type CardField = 'cardNumber' | 'expiry' | 'cvc';
export type CardValidation = { ok: true; card: ValidCard } | { ok: false; field: CardField; message: string };

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function brandOf(digits: string): CardBrand {
  if (/^4/.test(digits)) return 'VISA';
  if (/^(5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720))/.test(digits)) return 'MASTERCARD';
  if (/^3[47]/.test(digits)) return 'AMEX';
  if (/^6(011|5)/.test(digits)) return 'DISCOVER';
  return 'UNKNOWN';
}

/**
 * Checks what a payment form would check before talking to the processor: the number (digits,
 * length, Luhn), an expiry that has not passed at `now`, and a CVC of the brand's length.
 */
export function validateCard(input: CardInput, now: Date): CardValidation {
  const number = input.cardNumber.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(number) || !luhnValid(number)) return { ok: false, field: 'cardNumber', message: 'The card number is not valid.' };
  const brand = brandOf(number);

  const match = /^(\d{1,2})\s*\/\s*(\d{2}|\d{4})$/.exec(input.expiry.trim());
  const month = match ? Number(match[1]) : 0;
  if (!match || month < 1 || month > 12) return { ok: false, field: 'expiry', message: 'The expiry date must be MM/YY.' };
  const year = match[2]!.length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
  // A card is valid through the last day of its expiry month (UTC).
  if (Date.UTC(year, month, 1) <= now.getTime()) return { ok: false, field: 'expiry', message: 'The card has expired.' };

  const cvcLength = brand === 'AMEX' ? 4 : 3;
  if (!new RegExp(`^\\d{${cvcLength}}$`).test(input.cvc.trim())) return { ok: false, field: 'cvc', message: `The security code must be ${cvcLength} digits.` };

  return { ok: true, card: { number, brand, last4: number.slice(-4), expMonth: month, expYear: year } };
}
