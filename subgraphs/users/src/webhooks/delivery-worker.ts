import { lookup } from 'node:dns/promises';
import type { Logger } from '@shop/kit';
import type { ClaimedDelivery, WebhookStore } from '../db/webhook-store';
import { afterAttempt, shouldDisable, type WebhookRetryPolicy } from '../domain/webhook-retry';
import { signWebhook, WEBHOOK_HEADERS } from '../domain/webhook-signature';
import { refuseTarget } from '../domain/webhook-target';
import { buildPayload, type PayloadBuilderOptions } from './payload-builder';

export interface DeliveryWorkerOptions {
  store: WebhookStore;
  payloads: PayloadBuilderOptions;
  policy: WebhookRetryPolicy;
  /** How often due deliveries are looked for (new ones also wake the worker at once). */
  pollMs: number;
  /** Deadline of one POST to an endpoint. */
  timeoutMs: number;
  /** http and private targets allowed (development). */
  allowInsecureTargets: boolean;
  logger: Logger;
  now?: () => Date;
}

/** Deliveries taken per round, and in flight at once. */
const BATCH = 10;

/**
 * Sends due deliveries: claims a batch (a lease, so replicas share the work and a crash only delays
 * a delivery), builds the payload once, POSTs it signed, logs the attempt, and schedules a retry
 * with backoff, dead-letters it after the last attempt, or disables a webhook whose attempts keep
 * failing. Delivery is at least once: a receiver deduplicates on the delivery id.
 */
export function startDeliveryWorker(options: DeliveryWorkerOptions) {
  const { store, logger, policy } = options;
  const now = options.now ?? (() => new Date());
  const leaseMs = options.timeoutMs * 2 + options.payloads.timeoutMs + 5_000;
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  async function attempt(delivery: ClaimedDelivery) {
    const started = now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const refused = await checkTarget(delivery.webhook.targetUrl, options.allowInsecureTargets);
      if (refused) throw new Error(refused);
      let payload = delivery.payload;
      if (payload === null) {
        payload = await buildPayload(options.payloads, delivery);
        await store.setPayload(delivery.id, payload);
      }
      const timestamp = Math.floor(Date.now() / 1000);
      const response = await fetch(delivery.webhook.targetUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'shop-webhooks/1',
          [WEBHOOK_HEADERS.event]: delivery.eventType,
          [WEBHOOK_HEADERS.delivery]: delivery.id,
          [WEBHOOK_HEADERS.timestamp]: String(timestamp),
          [WEBHOOK_HEADERS.signature]: signWebhook(delivery.webhook.secret, timestamp, payload),
        },
        body: payload,
        // A redirect could point anywhere (an internal address): it counts as a failure, never followed.
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      statusCode = response.status;
      await response.body?.cancel().catch(() => {});
      if (statusCode < 200 || statusCode >= 300) error = `HTTP ${statusCode}`;
    } catch (e) {
      error = describe(e);
    }
    const ok = error === null;
    const verdict = afterAttempt(ok, delivery.attemptCount + 1, now(), policy);
    const failures = await store.recordAttempt({
      deliveryId: delivery.id,
      webhookId: delivery.webhookId,
      at: started,
      durationMs: now().getTime() - started.getTime(),
      statusCode,
      error,
      verdict,
    });
    const fields = { webhookId: delivery.webhookId, deliveryId: delivery.id, attempt: delivery.attemptCount + 1, statusCode, error };
    if (verdict.status === 'DEAD') logger.warn('webhook delivery dead-lettered after its last attempt', fields);
    else if (!ok)
      logger.info('webhook delivery attempt failed; retrying later', { ...fields, nextAttemptAt: verdict.status === 'PENDING' ? verdict.nextAttemptAt : null });
    if (!ok && shouldDisable(failures, policy)) {
      const reason = `Disabled automatically after ${failures} failed attempts in a row (last: ${error}).`;
      await store.setEnabled(delivery.webhookId, false, reason, now());
      logger.warn('webhook disabled: its endpoint keeps failing', { webhookId: delivery.webhookId, targetUrl: delivery.webhook.targetUrl, failures, error });
    }
  }

  async function round() {
    do {
      again = false;
      const due = await store.claimDue(now(), leaseMs, BATCH);
      await Promise.all(due.map((d) => attempt(d).catch((e) => logger.error('webhook attempt could not be recorded', { deliveryId: d.id, error: e }))));
      if (due.length === BATCH) again = true;
    } while (again && !stopped);
  }

  function wake() {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    clearTimeout(timer);
    running = round()
      .catch((error) => logger.error('webhook delivery round failed', { error }))
      .finally(() => {
        running = null;
        if (stopped) return;
        if (again) wake();
        else timer = setTimeout(wake, options.pollMs);
      });
  }

  wake();
  return {
    wake,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** The registration rules again, now with the addresses the host resolves to (production). */
async function checkTarget(url: string, allowInsecure: boolean): Promise<string | null> {
  const early = refuseTarget(url, allowInsecure);
  if (early || allowInsecure) return early;
  const addresses = await lookup(new URL(url).hostname, { all: true });
  return refuseTarget(
    url,
    allowInsecure,
    addresses.map((a) => a.address),
  );
}

function describe(error: unknown): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError') return 'timed out';
  if (e?.cause?.code) return `${e.message ?? 'fetch failed'} (${e.cause.code})`;
  return e?.message ?? String(error);
}
