/** The reservation lifecycle and what an order's status change asks of it. Pure. */

export const RESERVATION_STATUSES = ['ACTIVE', 'COMMITTED', 'RELEASED', 'EXPIRED'] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];

/** Why held stock went back on sale, as `inventory.released` tells it. */
export type ReleaseReason = 'EXPIRED' | 'ORDER_CANCELLED' | 'PAYMENT_FAILED';

/**
 * What a reservation does when its order changes status:
 * - `commit`: the order is paid; the held units leave the warehouse (on hand and reserved drop).
 * - `release`: the order will not be paid; the held units are for sale again (reserved drops).
 * - `restock`: a paid order was cancelled; the units it took come back (on hand rises).
 * - `late-commit`: the order was paid after its reservation lapsed; take the units from what is
 *   available now, if they still are.
 */
export type Settlement =
  | { action: 'commit'; from: 'ACTIVE'; to: 'COMMITTED' }
  | { action: 'late-commit'; from: 'EXPIRED'; to: 'COMMITTED' }
  | { action: 'release'; from: 'ACTIVE'; to: 'RELEASED'; reason: ReleaseReason }
  | { action: 'restock'; from: 'COMMITTED'; to: 'RELEASED'; reason: 'ORDER_CANCELLED' }
  | { action: 'none' };

/** Order statuses inventory acts on; every other status change leaves the stock alone. */
export const SETTLING_ORDER_STATUSES = ['CONFIRMED', 'CANCELLED', 'PAYMENT_FAILED'] as const;
export type SettlingOrderStatus = (typeof SETTLING_ORDER_STATUSES)[number];

export const isSettlingOrderStatus = (status: string): status is SettlingOrderStatus => (SETTLING_ORDER_STATUSES as readonly string[]).includes(status);

/**
 * The transitions table. Anything not listed (a second CONFIRMED, a cancel of a lapsed reservation,
 * PAYMENT_FAILED after a commit) changes nothing, which is what makes late or repeated events safe.
 */
export function settlementFor(current: ReservationStatus, orderStatus: SettlingOrderStatus): Settlement {
  switch (orderStatus) {
    case 'CONFIRMED':
      if (current === 'ACTIVE') return { action: 'commit', from: 'ACTIVE', to: 'COMMITTED' };
      if (current === 'EXPIRED') return { action: 'late-commit', from: 'EXPIRED', to: 'COMMITTED' };
      return { action: 'none' };
    case 'CANCELLED':
      if (current === 'ACTIVE') return { action: 'release', from: 'ACTIVE', to: 'RELEASED', reason: 'ORDER_CANCELLED' };
      if (current === 'COMMITTED') return { action: 'restock', from: 'COMMITTED', to: 'RELEASED', reason: 'ORDER_CANCELLED' };
      return { action: 'none' };
    case 'PAYMENT_FAILED':
      if (current === 'ACTIVE') return { action: 'release', from: 'ACTIVE', to: 'RELEASED', reason: 'PAYMENT_FAILED' };
      return { action: 'none' };
  }
}

/** When a reservation made at `now` lapses. */
export function expiryOf(now: Date, ttlSeconds: number): Date {
  return new Date(now.getTime() + ttlSeconds * 1000);
}

/** Default lifetime of a reservation that is neither committed nor released (15 minutes). */
export const DEFAULT_RESERVATION_TTL_SECONDS = 900;
/**
 * Default time an order held for fraud review keeps its stock (3 days, well inside a card
 * authorisation's usual 7): staff approve or reject before it; if nobody does, the reservation
 * lapses like any other, the order is CANCELLED and the authorisation voided.
 */
export const DEFAULT_REVIEW_HOLD_SECONDS = 3 * 86_400;
/** Default pause between two sweeps for lapsed reservations. */
export const DEFAULT_RESERVATION_SWEEP_MS = 5000;
