import type { Resolvers } from '../__generated__/resolvers-types';
import { Order } from './order';
import { Payment } from './payment';
import { Query } from './query';

export const resolvers: Resolvers = { Query, Payment, Order };
