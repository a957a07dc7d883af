import type { Resolvers } from '../__generated__/resolvers-types';
import { AssistantChunk, assistantMutation, assistantQuery, assistantSubscription } from './assistant';
import { ChatMessage } from './chat-message';
import { Conversation } from './conversation';
import { Mutation } from './mutation';
import { Order } from './order';
import { Product } from './product';
import { Query } from './query';
import { Subscription } from './subscription';
import { SupportInboxEvent } from './support-inbox-event';
import { User } from './user';

export const resolvers: Resolvers = {
  Query: { ...Query, ...assistantQuery },
  Mutation: { ...Mutation, ...assistantMutation },
  Subscription: { ...Subscription, ...assistantSubscription },
  Product,
  Order,
  User,
  Conversation,
  ChatMessage,
  AssistantChunk,
  SupportInboxEvent,
};
