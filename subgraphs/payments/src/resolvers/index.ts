import type { Resolvers } from '../__generated__/resolvers-types';
import { Mutation } from './mutation';
import { Order } from './order';
import { Payment } from './payment';
import { Query } from './query';
import { Refund } from './refund';

export const resolvers: Resolvers = { Query, Mutation, Payment, Refund, Order };
