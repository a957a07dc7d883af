import { createHash } from 'node:crypto';
import type { ShippingAddress } from './address';

/** What identifies a card for idempotency: never the token, which differs on every tokenization. */
export interface CardFingerprint {
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
}

/**
 * The hash an idempotency key is bound to: the same key with the same cart, address and card
 * answers with the first order; with anything else it is a reused key.
 */
export function checkoutFingerprint(cartId: string, address: ShippingAddress, card: CardFingerprint): string {
  const canonical = JSON.stringify([
    cartId,
    [address.name, address.line1, address.line2, address.city, address.postalCode, address.country],
    [card.brand, card.last4, card.expMonth, card.expYear],
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Keys are client-chosen: printable, 1..200 characters. */
export const isValidIdempotencyKey = (key: string) => key.length >= 1 && key.length <= 200 && /^[\x21-\x7e]+$/.test(key);
