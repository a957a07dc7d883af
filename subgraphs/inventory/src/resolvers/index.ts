import type { Resolvers } from '../__generated__/resolvers-types';
import { Mutation } from './mutation';
import { Product } from './product';
import { ProductInventory } from './product-inventory';
import { ProductVariant } from './product-variant';
import { Query } from './query';
import { ReservationAllocation } from './reservation';
import { LowStockAlert, StockChange, VariantStock } from './stock-change';
import { StockLevel } from './stock-level';
import { Subscription } from './subscription';
import { Warehouse } from './warehouse';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Subscription,
  StockChange,
  VariantStock,
  LowStockAlert,
  Product,
  ProductVariant,
  ProductInventory,
  ReservationAllocation,
  StockLevel,
  Warehouse,
};
