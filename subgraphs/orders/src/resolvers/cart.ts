import type { CartResolvers } from '../__generated__/resolvers-types';

export const Cart: CartResolvers = {
  lines: (cart, _, { carts }) => carts.lines(cart),
  subtotal: (cart, _, { carts }) => carts.subtotal(cart),
  totalQuantity: (cart, _, { carts }) => carts.totalQuantity(cart),
  checkoutReady: (cart, _, { carts }) => carts.checkoutReady(cart),
};
