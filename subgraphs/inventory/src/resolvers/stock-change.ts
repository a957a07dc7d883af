import type { LowStockAlertResolvers, StockChangeResolvers, VariantStockResolvers } from '../__generated__/resolvers-types';

export const StockChange: StockChangeResolvers = {
  product: (change) => ({ id: change.productId }),
};

export const VariantStock: VariantStockResolvers = {
  variant: (stock) => ({ id: stock.variantId }),
};

export const LowStockAlert: LowStockAlertResolvers = {
  product: (alert) => ({ id: alert.productId }),
  variant: (alert) => ({ id: alert.variantId }),
  warehouse: async (alert, _, { loaders }) => {
    const warehouse = await loaders.warehouseById.load(alert.warehouseId);
    if (!warehouse) throw new Error(`unknown warehouse ${alert.warehouseId}`);
    return warehouse;
  },
};
