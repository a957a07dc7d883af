import { toMoney } from '@shop/kit';
import type { RefundResolvers } from '../__generated__/resolvers-types';

/** Refunds are only reached through a payment the caller may see, so they need no scope of their own. */
export const Refund: RefundResolvers = {
  amount: (r) => toMoney(r.amountMinor, r.currencyCode),
  createdAt: (r) => new Date(r.createdAt).toISOString(),
};
