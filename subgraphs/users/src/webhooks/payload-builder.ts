import { signIdentity } from '@shop/kit';
import type { ClaimedDelivery } from '../db/webhook-store';

/** The gateway route that runs a stored subscription document on one event (gateway/src/subscriptions/event-payload.ts). */
export const EVENT_PAYLOAD_PATH = '/internal/event-payload';

export interface PayloadBuilderOptions {
  /** The gateway's base URL, e.g. http://127.0.0.1:4000. */
  gatewayUrl: string;
  gatewaySecret: string;
  timeoutMs: number;
}

/**
 * Builds a delivery's body: the envelope a partner receives, with `data` (and any `errors`) being
 * the webhook's subscription document executed by the gateway for this event, federated fields
 * included, as its registering admin would have seen it live. Throws when the gateway cannot
 * answer (the attempt fails and is retried).
 */
export async function buildPayload(options: PayloadBuilderOptions, delivery: ClaimedDelivery): Promise<string> {
  const request = JSON.stringify({ query: delivery.webhook.query, root: delivery.root });
  const identity = { userId: delivery.webhook.createdBy, role: 'ADMIN' as const, requestId: `webhook-${delivery.id}` };
  const response = await fetch(new URL(EVENT_PAYLOAD_PATH, options.gatewayUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signIdentity(options.gatewaySecret, identity, { method: 'POST', body: request }) },
    body: request,
    signal: AbortSignal.timeout(options.timeoutMs),
  });
  const answer = (await response.json().catch(() => null)) as { data?: unknown; errors?: unknown[] } | null;
  if (!response.ok || !answer) throw new Error(`the gateway could not build the payload (HTTP ${response.status}): ${JSON.stringify(answer?.errors ?? null)}`);
  return JSON.stringify({
    deliveryId: delivery.id,
    webhookId: delivery.webhookId,
    eventId: delivery.eventId,
    eventType: delivery.eventType,
    occurredAt: delivery.occurredAt.toISOString(),
    data: answer.data ?? null,
    ...(answer.errors?.length ? { errors: answer.errors } : {}),
  });
}
