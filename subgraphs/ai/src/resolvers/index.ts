import type { Resolvers } from '../__generated__/resolvers-types';
import { ChatMessage } from './chat-message';
import { Conversation } from './conversation';
import { Mutation } from './mutation';
import { Product } from './product';
import { Query } from './query';
import { Subscription } from './subscription';
import { User } from './user';

export const resolvers: Resolvers = { Query, Mutation, Subscription, Product, User, Conversation, ChatMessage };
