import { forbidden, isAdmin, unauthenticated } from '@shop/kit';
import type { MutationResolvers, QueryResolvers, WebhookDeliveryResolvers, WebhookResolvers } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { WEBHOOK_EVENT_SOURCES } from '../domain/webhook-events';

/** Webhooks are an admin concern, like roles: partners' endpoints and secrets. */
const admin = ({ identity }: Context) => {
  if (!identity.userId) throw unauthenticated();
  if (!isAdmin(identity)) throw forbidden('Only admins manage webhooks.');
  return identity.userId;
};
const iso = (d: Date | null) => d?.toISOString() ?? null;

export const WebhookQuery: Pick<QueryResolvers, 'webhooks' | 'webhookDeliveries'> = {
  webhooks: (_, __, ctx) => (admin(ctx), ctx.webhooks.list()),
  webhookDeliveries: (_, args, ctx) => (admin(ctx), ctx.webhooks.deliveries(args)),
};

export const WebhookMutation: Pick<MutationResolvers, 'createWebhook' | 'setWebhookEnabled' | 'redeliverWebhookDelivery'> = {
  createWebhook: (_, { input }, ctx) => ctx.webhooks.create(admin(ctx), input),
  setWebhookEnabled: (_, { id, enabled }, ctx) => (admin(ctx), ctx.webhooks.setEnabled(id, enabled)),
  redeliverWebhookDelivery: (_, { id }, ctx) => (admin(ctx), ctx.webhooks.redeliver(id)),
};

export const Webhook: WebhookResolvers = {
  eventTypes: (w) => [...(WEBHOOK_EVENT_SOURCES[w.field]?.eventTypes ?? [])],
  disabledAt: (w) => iso(w.disabledAt),
  createdAt: (w) => w.createdAt.toISOString(),
};

export const WebhookDelivery: WebhookDeliveryResolvers = {
  webhook: async (d, _, ctx) => (await ctx.webhooks.find(d.webhookId))!,
  occurredAt: (d) => d.occurredAt.toISOString(),
  nextAttemptAt: (d) => (d.status === 'PENDING' ? d.nextAttemptAt.toISOString() : null),
  deliveredAt: (d) => iso(d.deliveredAt),
  attempts: (d, _, ctx) => ctx.webhookAttempts.load(d.id),
};
