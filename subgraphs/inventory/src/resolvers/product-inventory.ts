import type { ProductInventoryResolvers } from '../__generated__/resolvers-types';
import { requireStaff } from './guards';

export const ProductInventory: ProductInventoryResolvers = {
  // Shoppers see availability; where the stock sits is operational detail for staff.
  levels: ({ owner }, _, { identity, loaders }) => {
    requireStaff(identity, 'stock levels');
    return owner.kind === 'product' ? loaders.levelsByProduct.load(owner.id) : loaders.levelsByVariant.load(owner.id);
  },
};
