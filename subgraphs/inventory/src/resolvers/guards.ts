import { forbidden, isAdmin, isStaff, unauthenticated, type Identity } from '@shop/kit';

/** Anonymous callers are asked to sign in; signed-in callers without the role are refused. */
export function requireStaff(identity: Identity, what: string): void {
  if (!identity.userId) throw unauthenticated();
  if (!isStaff(identity)) throw forbidden(`Only support and admins can see ${what}.`);
}

export function requireAdmin(identity: Identity, what: string): void {
  if (!identity.userId) throw unauthenticated();
  if (!isAdmin(identity)) throw forbidden(`Only admins can ${what}.`);
}
