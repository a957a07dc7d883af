import { isStaff, type Identity } from '@shop/kit';

/**
 * Which payments a caller may read: staff all of them, a customer only their own, an anonymous
 * caller none. Loaders apply the scope inside their one query, so someone else's payment is simply
 * not found.
 */
export type PaymentScope = { kind: 'all' } | { kind: 'customer'; customerId: string } | { kind: 'none' };

export function paymentScope(identity: Identity): PaymentScope {
  if (!identity.userId) return { kind: 'none' };
  if (isStaff(identity)) return { kind: 'all' };
  if (identity.role === 'CUSTOMER') return { kind: 'customer', customerId: identity.userId };
  return { kind: 'none' };
}

/** The customer filter a store query needs, or undefined for "every customer". */
export const customerFilter = (scope: Exclude<PaymentScope, { kind: 'none' }>) => (scope.kind === 'customer' ? scope.customerId : undefined);
