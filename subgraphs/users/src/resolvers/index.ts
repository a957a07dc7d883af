import type { Resolvers } from '../__generated__/resolvers-types';
import { Mutation } from './mutation';
import { Query } from './query';
import { User } from './user';
import { Webhook, WebhookDelivery, WebhookMutation, WebhookQuery } from './webhook';

export const resolvers: Resolvers = {
  Query: { ...Query, ...WebhookQuery },
  Mutation: { ...Mutation, ...WebhookMutation },
  User,
  Webhook,
  WebhookDelivery,
  WebhookDeliveryAttempt: { at: (a) => a.at.toISOString() },
};
