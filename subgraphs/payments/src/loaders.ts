import { createBatchLoader, createGroupLoader, type Identity } from '@shop/kit';
import type { PaymentRow, PaymentStore } from './db/payment-store';
import { customerFilter, paymentScope } from './domain/access';

const none = async (): Promise<PaymentRow[]> => [];

/**
 * Made once per request for the caller: each `_entities` batch of payments, the payments of every
 * order in a batch and the refunds of every payment in a batch are one query each. The caller's
 * scope goes into the payment queries, so a customer never loads another customer's payment and an
 * anonymous caller loads nothing at all (refunds are only reached through a loaded payment).
 */
export function createLoaders(store: PaymentStore, identity: Identity) {
  const scope = paymentScope(identity);
  const readScope = scope.kind === 'none' ? undefined : { customerId: customerFilter(scope) };
  return {
    paymentById: createBatchLoader(readScope ? (ids: readonly string[]) => store.findByIds(ids, readScope) : none, (p) => p.id),
    paymentsByOrder: createGroupLoader(readScope ? (orderIds: readonly string[]) => store.byOrderIds(orderIds, readScope) : none, (p) => p.orderId),
    refundsByPayment: createGroupLoader(
      (paymentIds: readonly string[]) => store.refundsOf(paymentIds),
      (r) => r.paymentId,
    ),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
