import type { Resolvers } from '../__generated__/resolvers-types';
import { Cart } from './cart';
import { CartLine } from './cart-line';
import { Mutation } from './mutation';
import { Order } from './order';
import { OrderLine } from './order-line';
import { OrderUpdate } from './order-update';
import { Query } from './query';
import { Subscription } from './subscription';
import { User } from './user';

export const resolvers: Resolvers = { Query, Mutation, Subscription, Order, OrderLine, OrderUpdate, Cart, CartLine, User };
