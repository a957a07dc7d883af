import { toMoney } from '@shop/kit';
import type { CartLineResolvers } from '../__generated__/resolvers-types';
import { lineWarnings } from '../domain/cart-lines';
import { lineTotalMinor } from '../domain/money';

export const CartLine: CartLineResolvers = {
  product: (line) => ({ id: line.productId }),
  variant: (line) => ({ id: line.variantId }),
  unitPrice: (line) => toMoney(line.unitPriceMinor, line.currencyCode),
  total: (line) => toMoney(lineTotalMinor(line), line.currencyCode),
  warnings: (line) => lineWarnings(line),
};
