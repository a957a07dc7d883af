import { createGroupLoader } from '@shop/kit';
import type { WebhookStore } from '../db/webhook-store';

/** Per request: the attempts of a page of deliveries are one query. */
export function createWebhookLoaders(store: WebhookStore) {
  return {
    webhookAttempts: createGroupLoader(
      (ids: readonly string[]) => store.attemptsOf(ids),
      (a) => a.deliveryId,
    ),
  };
}
export type WebhookLoaders = ReturnType<typeof createWebhookLoaders>;
