import { forbidden, isStaff, unauthenticated, type Identity } from '@shop/kit';

/**
 * A customer's recommendations reveal what they bought, so only they and staff (ADMIN, SUPPORT)
 * may read them.
 */
export function assertMayReadRecommendationsOf(identity: Identity, userId: string): void {
  if (!identity.userId) throw unauthenticated();
  if (identity.userId !== userId && !isStaff(identity)) throw forbidden("Only the customer and staff can see a customer's recommendations.");
}

/** Forecasts and price suggestions are staff data (SUPPORT, ADMIN). */
export function assertStaff(identity: Identity): void {
  if (!identity.userId) throw unauthenticated();
  if (!isStaff(identity)) throw forbidden('Only staff can see forecasts and price suggestions.');
}
