import type { Resolvers } from '../__generated__/resolvers-types';
import { Cart } from './cart';
import { CartLine } from './cart-line';
import { Order } from './order';
import { OrderLine } from './order-line';
import { Query } from './query';
import { User } from './user';

export const resolvers: Resolvers = { Query, Order, OrderLine, Cart, CartLine, User };
