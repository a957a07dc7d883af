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
