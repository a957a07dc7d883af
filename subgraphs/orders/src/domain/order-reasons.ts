import { formatMinor } from '@shop/kit';

/** Human-readable reasons recorded with status changes (Order.failureReason, statusHistory.reason). */

export interface Shortage {
  variantId: string;
  requested: number;
  available: number;
}

export function outOfStockReason(shortages: readonly Shortage[], skuOf: (variantId: string) => string | undefined): string {
  if (!shortages.length) return 'Not enough stock to fill the order.';
  const parts = shortages.map((s) => `${skuOf(s.variantId) ?? s.variantId}: ${s.requested} requested, ${s.available} available`);
  return `Not enough stock: ${parts.join('; ')}.`;
}

const PAYMENT_FAILURES: Record<string, string> = {
  CARD_DECLINED: 'the card was declined',
  INSUFFICIENT_FUNDS: 'the card has insufficient funds',
  EXPIRED_CARD: 'the card has expired',
  PROCESSING_ERROR: 'the card processor reported an error',
};

export function paymentFailedReason(code: string, message?: string | null): string {
  const what = PAYMENT_FAILURES[code] ?? (message?.trim() || 'the payment was not authorised');
  return `Payment failed (${code}): ${what}.`;
}

export function refundReason(amountMinor: number, refundedTotalMinor: number, capturedMinor: number, currencyCode: string): string {
  const money = (minor: number) => `${formatMinor(minor, currencyCode)} ${currencyCode}`;
  return `Refunded ${money(amountMinor)} (${money(refundedTotalMinor)} of ${money(capturedMinor)} in total).`;
}

export const RESERVATION_EXPIRED_REASON = 'The stock reservation expired before the payment completed.';

/** Why an order waits for staff: the risk payments held it for, strongest reasons first. */
export function heldForReviewReason(risk: { score: number; level: string; reasons: readonly { message: string }[] }): string {
  const why = risk.reasons.slice(0, 3).map((r) => r.message);
  return `Held for fraud review: ${risk.level} risk (${risk.score.toFixed(2)})${why.length ? `: ${why.join('; ')}` : ''}.`;
}
