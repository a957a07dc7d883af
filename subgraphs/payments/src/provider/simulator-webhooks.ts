import { randomUUID } from 'node:crypto';
import { SIGNATURE_HEADER, signWebhook } from '../webhooks/signature';
import type { ProviderRefund, WebhookEvent } from '../webhooks/webhook-event';

/**
 * How the simulated processor tells us about things that happen on its side (a refund from its
 * dashboard): an event signed like a real provider's, ready to POST to /webhooks/card-processor.
 */
export function simulatorEvent(type: string, data: Record<string, unknown>, now = Date.now()): WebhookEvent {
  return { id: `evt_sim_${randomUUID()}`, type, created: Math.floor(now / 1000), data };
}

export const chargeRefunded = (refund: ProviderRefund, now = Date.now()) => simulatorEvent('charge.refunded', { ...refund }, now);

/** The request a provider sends: the raw body and its `Shop-Signature`, signed at `now`. */
export function webhookDelivery(secret: string, event: WebhookEvent, now = Date.now()): { body: string; headers: Record<string, string> } {
  const body = JSON.stringify(event);
  return { body, headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signWebhook(secret, body, Math.floor(now / 1000)) } };
}

/** Posts an event to a webhook URL as the provider would; returns the status and JSON answer. */
export async function deliverWebhook(url: string, secret: string, event: WebhookEvent, now = Date.now()): Promise<{ status: number; body: unknown }> {
  const { body, headers } = webhookDelivery(secret, event, now);
  const res = await fetch(url, { method: 'POST', headers, body });
  return { status: res.status, body: await res.json() };
}
