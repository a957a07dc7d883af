import type { ReservationAllocationResolvers } from '../__generated__/resolvers-types';

export const ReservationAllocation: ReservationAllocationResolvers = {
  warehouse: (allocation, _, { loaders }) => loaders.warehouseOf(allocation),
};
