import { randomUUID } from 'node:crypto';
import { decodeCursor, encodeCursor, pageSize } from '@shop/kit';
import type { GraphQLSchema } from 'graphql';
import type { DeliveryRow, DeliveryStatus, WebhookRow, WebhookStore } from '../db/webhook-store';
import { checkWebhookDocument } from '../domain/webhook-document';
import { newWebhookSecret } from '../domain/webhook-signature';
import { refuseTarget } from '../domain/webhook-target';

export type WebhookErrorCode = 'INVALID_TARGET_URL' | 'INVALID_QUERY' | 'INVALID_NAME' | 'WEBHOOK_NOT_FOUND' | 'DELIVERY_NOT_FOUND';
export interface WebhookError {
  code: WebhookErrorCode;
  message: string;
  field: string | null;
}

export interface WebhookServiceOptions {
  store: WebhookStore;
  /** The public API schema documents are validated against. */
  apiSchema: GraphQLSchema;
  /** http and private targets allowed (development); production refuses them. */
  allowInsecureTargets: boolean;
  /** Wakes the delivery worker (a redelivery is due now). */
  wake: () => void;
  now?: () => Date;
}

const isCursor = (v: unknown): v is [string, string] => Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'string');
const fail = (code: WebhookErrorCode, message: string, field: string | null = null) => ({ userErrors: [{ code, message, field }] });

/**
 * Registering and managing webhooks. Who may call is the resolvers' business (ADMIN only); this
 * holds the rules that are data: a sane name, an acceptable target, a document that follows a
 * platform event.
 */
export function createWebhookService(options: WebhookServiceOptions) {
  const { store } = options;
  const now = options.now ?? (() => new Date());
  return {
    async create(actorId: string, input: { name: string; targetUrl: string; query: string }) {
      const name = input.name.trim();
      if (!name || name.length > 100) return { webhook: null, secret: null, ...fail('INVALID_NAME', 'The name must be 1 to 100 characters.', 'name') };
      const refused = refuseTarget(input.targetUrl, options.allowInsecureTargets);
      if (refused) return { webhook: null, secret: null, ...fail('INVALID_TARGET_URL', refused, 'targetUrl') };
      const checked = checkWebhookDocument(options.apiSchema, input.query);
      if (!checked.ok) return { webhook: null, secret: null, ...fail('INVALID_QUERY', checked.message, 'query') };
      const secret = newWebhookSecret();
      const webhook = await store.create({
        id: `whk_${randomUUID()}`,
        name,
        targetUrl: input.targetUrl,
        query: input.query,
        field: checked.field,
        args: checked.args,
        secret,
        createdBy: actorId,
        createdAt: now(),
      });
      return { webhook, secret, userErrors: [] as WebhookError[] };
    },

    async setEnabled(id: string, enabled: boolean) {
      const webhook = await store.setEnabled(id, enabled, enabled ? null : 'Disabled by hand.', now());
      if (!webhook) return { webhook: null, ...fail('WEBHOOK_NOT_FOUND', 'There is no webhook with this id.', 'id') };
      if (enabled) options.wake();
      return { webhook, userErrors: [] as WebhookError[] };
    },

    async redeliver(id: string) {
      const delivery = await store.redeliver(id, now());
      if (!delivery) return { delivery: null, ...fail('DELIVERY_NOT_FOUND', 'There is no delivery with this id.', 'id') };
      options.wake();
      return { delivery, userErrors: [] as WebhookError[] };
    },

    list: () => store.list(),
    find: (id: string) => store.find(id),

    async deliveries(filter: { webhookId?: string | null; status?: DeliveryStatus | null; first?: number | null; after?: string | null }) {
      const first = pageSize(filter.first);
      const after = decodeCursor(filter.after, isCursor);
      const rows = await store.deliveries(
        {
          webhookId: filter.webhookId ?? undefined,
          status: filter.status ?? undefined,
          before: after ? { createdAt: new Date(after[0]), id: after[1] } : undefined,
        },
        first + 1,
      );
      const page = rows.slice(0, first);
      const edges = page.map((node: DeliveryRow) => ({ cursor: encodeCursor([node.createdAt.toISOString(), node.id]), node }));
      return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
    },

    attemptsOf: (ids: readonly string[]) => store.attemptsOf(ids),
  };
}

export type WebhookService = ReturnType<typeof createWebhookService>;
export type { WebhookRow };
