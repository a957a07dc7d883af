import type { Resolvers } from '../__generated__/resolvers-types';
import { Category } from './category';
import { Mutation } from './mutation';
import { Product, ProductConnection } from './product';
import { ProductVariant } from './product-variant';
import { Query } from './query';

export const resolvers: Resolvers = { Query, Mutation, Product, ProductConnection, ProductVariant, Category };
