import { randomBytes } from 'node:crypto';
import { validateCard, type CardBrand, type CardField, type CardInput } from './card';
import { CARD_OUTCOMES, outcomeFor, type CardOutcome } from './test-cards';

/**
 * What a card token stands for. Like a provider's payment-method token it carries no card number
 * and no CVC: only what may be shown (brand, last four, expiry) and, for the simulated processor,
 * the test outcome the number selected.
 */
export interface CardTokenData {
  brand: CardBrand;
  last4: string;
  expMonth: number;
  expYear: number;
  outcome: CardOutcome;
}

export type TokenizeResult = ({ ok: true; token: string } & Omit<CardTokenData, 'outcome'>) | { ok: false; field: CardField; message: string };

const PREFIX = 'tok_sim_';

/** Validates card input and exchanges it for a token (what a provider's client SDK does). */
export function tokenizeCard(input: CardInput, now: Date): TokenizeResult {
  const checked = validateCard(input, now);
  if (!checked.ok) return checked;
  const { brand, last4, expMonth, expYear, number } = checked.card;
  const data: CardTokenData & { nonce: string } = { brand, last4, expMonth, expYear, outcome: outcomeFor(number), nonce: randomBytes(6).toString('hex') };
  const token = PREFIX + Buffer.from(JSON.stringify(data)).toString('base64url');
  return { ok: true, token, brand, last4, expMonth, expYear };
}

/** Reads a token made by tokenizeCard; null for anything else. */
export function readCardToken(token: string): CardTokenData | null {
  if (!token.startsWith(PREFIX)) return null;
  try {
    const data = JSON.parse(Buffer.from(token.slice(PREFIX.length), 'base64url').toString('utf8')) as Partial<CardTokenData>;
    if (typeof data.last4 !== 'string' || typeof data.brand !== 'string' || !CARD_OUTCOMES.includes(data.outcome as CardOutcome)) return null;
    return { brand: data.brand, last4: data.last4, expMonth: Number(data.expMonth), expYear: Number(data.expYear), outcome: data.outcome as CardOutcome };
  } catch {
    return null;
  }
}
