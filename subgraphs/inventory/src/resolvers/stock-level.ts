import type { StockLevelResolvers } from '../__generated__/resolvers-types';
import { availableOf } from '../domain/availability';

export const StockLevel: StockLevelResolvers = {
  warehouse: (level, _, { loaders }) => loaders.warehouseOf(level),
  onHand: (level) => level.quantityOnHand,
  available: (level) => availableOf(level),
};
