import type { Resolvers } from '../__generated__/resolvers-types';
import { Mutation } from './mutation';
import { Product } from './product';
import { ProductInventory } from './product-inventory';
import { ProductVariant } from './product-variant';
import { Query } from './query';
import { StockLevel } from './stock-level';
import { Warehouse } from './warehouse';

export const resolvers: Resolvers = { Query, Mutation, Product, ProductVariant, ProductInventory, StockLevel, Warehouse };
