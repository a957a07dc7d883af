import type { QueryResolvers } from '../__generated__/resolvers-types';
import { requireStaff } from './guards';

export const Query: QueryResolvers = {
  warehouses: (_, __, { identity, stock }) => {
    requireStaff(identity, 'warehouses');
    return stock.warehouses();
  },
  reservation: (_, { orderId }, { identity, loaders }) => {
    requireStaff(identity, 'reservations');
    return loaders.reservationByOrder.load(orderId);
  },
};
