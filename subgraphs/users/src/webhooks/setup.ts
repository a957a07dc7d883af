import { readFileSync } from 'node:fs';
import type { Logger } from '@shop/kit';
import { API_SCHEMA_PATH } from '@shop/schema';
import type { Database, EventBus } from '@shop/stores';
import { buildSchema } from 'graphql';
import type { UsersSchema } from '../db/schema';
import { createWebhookStore } from '../db/webhook-store';
import { DEFAULT_RETRY_POLICY, type WebhookRetryPolicy } from '../domain/webhook-retry';
import { createWebhookService } from '../services/webhook-service';
import { startWebhookDispatcher } from './dispatcher';
import { startDeliveryWorker } from './delivery-worker';
import { createWebhookLoaders } from './loaders';

export interface WebhookSettings {
  /** The gateway that builds payloads (its base URL); a function when it is known only later (one-process stack). */
  gatewayUrl: string | (() => string | undefined);
  /** http and private/loopback targets allowed: development default, refused in production unless set. */
  allowInsecureTargets: boolean;
  policy?: Partial<WebhookRetryPolicy>;
  /** Due deliveries are looked for this often; default 1000. */
  pollMs?: number;
  /** Deadline of one POST to a partner; default 10 000. */
  timeoutMs?: number;
}

export const DEFAULT_WEBHOOK_SETTINGS = { pollMs: 1000, timeoutMs: 10_000 };

/** Webhook registration (service, per-request loaders), the bus dispatcher and the delivery worker, wired. */
export async function startWebhooks(options: {
  db: Database<UsersSchema>;
  /** The same database, not counted per request: for the dispatcher and the delivery worker. */
  backgroundDb?: Database<UsersSchema>;
  bus: EventBus;
  gatewaySecret: string;
  settings: WebhookSettings;
  logger: Logger;
}) {
  const { settings } = options;
  const logger = options.logger.child({ component: 'webhooks' });
  const store = createWebhookStore(options.db);
  const background = options.backgroundDb ? createWebhookStore(options.backgroundDb) : store;
  const apiSchema = buildSchema(readFileSync(API_SCHEMA_PATH, 'utf8'));
  const policy = { ...DEFAULT_RETRY_POLICY, ...settings.policy };
  const timeoutMs = settings.timeoutMs ?? DEFAULT_WEBHOOK_SETTINGS.timeoutMs;
  const gatewayUrl = settings.gatewayUrl;
  const worker = startDeliveryWorker({
    store: background,
    payloads: {
      get gatewayUrl() {
        const url = typeof gatewayUrl === 'function' ? gatewayUrl() : gatewayUrl;
        if (!url) throw new Error('the gateway URL is not known yet');
        return url;
      },
      gatewaySecret: options.gatewaySecret,
      timeoutMs,
    },
    policy,
    pollMs: settings.pollMs ?? DEFAULT_WEBHOOK_SETTINGS.pollMs,
    timeoutMs,
    allowInsecureTargets: settings.allowInsecureTargets,
    logger,
  });
  const service = createWebhookService({ store, apiSchema, allowInsecureTargets: settings.allowInsecureTargets, wake: worker.wake });
  let dispatcher;
  try {
    dispatcher = await startWebhookDispatcher({ bus: options.bus, store: background, logger, wake: worker.wake });
  } catch (error) {
    await worker.stop();
    throw error;
  }
  return {
    service,
    loaders: () => createWebhookLoaders(store),
    async stop() {
      await dispatcher.stop();
      await worker.stop();
    },
  };
}
