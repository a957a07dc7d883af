/**
 * How the simulated card processor answers an authorization, decided by the card number the way
 * real providers' test modes do. Any other valid card number is approved.
 */
export const CARD_OUTCOMES = ['APPROVED', 'CARD_DECLINED', 'INSUFFICIENT_FUNDS', 'EXPIRED_CARD', 'PROCESSING_ERROR'] as const;
export type CardOutcome = (typeof CARD_OUTCOMES)[number];

export const TEST_CARDS: Readonly<Record<string, CardOutcome>> = {
  '4242424242424242': 'APPROVED',
  '5555555555554444': 'APPROVED',
  '378282246310005': 'APPROVED',
  '4000000000000002': 'CARD_DECLINED',
  '4000000000009995': 'INSUFFICIENT_FUNDS',
  '4000000000000069': 'EXPIRED_CARD',
  '4000000000000119': 'PROCESSING_ERROR',
};

export const outcomeFor = (cardNumber: string): CardOutcome => TEST_CARDS[cardNumber] ?? 'APPROVED';

export type DeclineOutcome = Exclude<CardOutcome, 'APPROVED'>;

/** What the simulated processor says when it declines: safe to show a shopper, free of card data. */
export const DECLINE_MESSAGES: Readonly<Record<DeclineOutcome, string>> = {
  CARD_DECLINED: 'The card was declined.',
  INSUFFICIENT_FUNDS: 'The card has insufficient funds.',
  EXPIRED_CARD: 'The card has expired.',
  PROCESSING_ERROR: 'The card could not be processed; try again or use another card.',
};

export const isDecline = (outcome: CardOutcome): outcome is DeclineOutcome => outcome !== 'APPROVED';
