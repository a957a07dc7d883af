import { isStaff, type Identity } from '@shop/kit';

/**
 * Who may read what. Reads of someone else's order or cart answer "nothing there" rather than
 * "forbidden", so a guessed id does not reveal that the order exists.
 */
export const canReadOrder = (identity: Identity, order: { customerId: string }) =>
  isStaff(identity) || (identity.userId !== null && identity.userId === order.customerId);

/** Anonymous carts are bearer objects: the id is the secret. A customer's cart is theirs and staff's. */
export const canReadCart = (identity: Identity, cart: { customerId: string | null }) =>
  cart.customerId === null || isStaff(identity) || identity.userId === cart.customerId;

export type ListAccess = 'allowed' | 'unauthenticated' | 'forbidden';

/** Listing every order is back-office work. */
export function orderListAccess(identity: Identity): ListAccess {
  if (!identity.userId) return 'unauthenticated';
  return isStaff(identity) ? 'allowed' : 'forbidden';
}

/** A user's order history: the user themselves and staff. */
export function customerOrdersAccess(identity: Identity, customerId: string): ListAccess {
  if (!identity.userId) return 'unauthenticated';
  return isStaff(identity) || identity.userId === customerId ? 'allowed' : 'forbidden';
}

/** Changing a cart: anyone holding an anonymous cart's id, a customer's cart only its owner (not staff). */
export const canWriteCart = (identity: Identity, cart: { customerId: string | null }) =>
  cart.customerId === null || (identity.userId !== null && identity.userId === cart.customerId);

/** Checkout: the caller's own cart or an anonymous one. */
export const canCheckOutCart = canWriteCart;

export type AdminAccess = 'allowed' | 'unauthenticated' | 'forbidden';

/** Shipping and delivery: support or admin. */
export function fulfilmentAccess(identity: Identity): AdminAccess {
  if (!identity.userId) return 'unauthenticated';
  return isStaff(identity) ? 'allowed' : 'forbidden';
}

/** Cancelling: admin only. */
export function cancelAccess(identity: Identity): AdminAccess {
  if (!identity.userId) return 'unauthenticated';
  return identity.role === 'ADMIN' ? 'allowed' : 'forbidden';
}
