import { toMoney } from '@shop/kit';
import type { OrderLineResolvers } from '../__generated__/resolvers-types';
import { lineTotalMinor } from '../domain/money';

export const OrderLine: OrderLineResolvers = {
  product: (line) => ({ id: line.productId }),
  variant: (line) => (line.variantId ? { id: line.variantId } : null),
  unitPrice: (line) => toMoney(line.unitPriceMinor, line.currencyCode),
  total: (line) => toMoney(lineTotalMinor(line), line.currencyCode),
};
