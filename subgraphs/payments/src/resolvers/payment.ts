import { toMoney } from '@shop/kit';
import type { PaymentResolvers } from '../__generated__/resolvers-types';

export const Payment: PaymentResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.paymentById.load(ref.id),
  amount: (p) => toMoney(p.amountMinor, p.currencyCode),
  refundedAmount: (p) => toMoney(p.refundedMinor, p.currencyCode),
  method: (p) => ({ brand: p.cardBrand, last4: p.cardLast4 }),
  order: (p) => ({ id: p.orderId }),
  createdAt: (p) => new Date(p.createdAt).toISOString(),
  updatedAt: (p) => new Date(p.updatedAt).toISOString(),
};
