import { isStaff, toMoney } from '@shop/kit';
import type { PaymentResolvers } from '../__generated__/resolvers-types';

export const Payment: PaymentResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.paymentById.load(ref.id),
  amount: (p) => toMoney(p.amountMinor, p.currencyCode),
  capturedAmount: (p) => toMoney(p.capturedMinor, p.currencyCode),
  refundedAmount: (p) => toMoney(p.refundedMinor, p.currencyCode),
  refunds: (p, _, { loaders }) => loaders.refundsByPayment.load(p.id),
  failureCode: (p) => p.failureCode ?? null,
  failureMessage: (p) => p.failureMessage ?? null,
  method: (p) => ({ brand: p.cardBrand, last4: p.cardLast4 }),
  providerReference: (p, _, { identity }) => (isStaff(identity) ? (p.providerRef ?? null) : null),
  order: (p) => ({ id: p.orderId }),
  createdAt: (p) => new Date(p.createdAt).toISOString(),
  updatedAt: (p) => new Date(p.updatedAt).toISOString(),
};
