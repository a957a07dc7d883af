import type { Resolvers } from '../__generated__/resolvers-types';
import { Mutation } from './mutation';
import { Query } from './query';
import { User } from './user';

export const resolvers: Resolvers = { Query, Mutation, User };
