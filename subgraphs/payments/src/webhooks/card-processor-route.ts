import type { IncomingMessage, ServerResponse } from 'node:http';
import { headerValue, readBody, sendJson, type Logger } from '@shop/kit';
import type { WebhookService } from '../services/webhook-service';
import { SIGNATURE_HEADER, verifyWebhookSignature, type SignatureVerdict } from './signature';
import { parseWebhookEvent } from './webhook-event';

export const WEBHOOK_PATH = '/webhooks/card-processor';
export const MAX_WEBHOOK_BYTES = 64 * 1024;

const REFUSALS: Record<Exclude<SignatureVerdict, { ok: true }>['reason'], string> = {
  missing: 'Missing Shop-Signature header.',
  malformed: 'Malformed Shop-Signature header.',
  stale: 'The signature timestamp is outside the tolerance.',
  mismatch: 'The signature does not match.',
};

/**
 * `POST /webhooks/card-processor`: not GraphQL and not called by the gateway, so it authenticates
 * its caller itself — the HMAC over the timestamp and the raw body, checked before the body is
 * parsed. Answers 400 for anything it refuses (nothing is recorded) and 200 once the event is
 * recorded, also for a repeat (`duplicate: true`), so the provider stops retrying.
 */
export function cardProcessorWebhook(options: { secret: string; service: WebhookService; logger: Logger; now?: () => number }) {
  const now = options.now ?? Date.now;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return sendJson(res, 405, { error: 'Use POST.' });
    }
    const raw = await readBody(req, MAX_WEBHOOK_BYTES);
    if (raw === null) return sendJson(res, 413, { error: `The body exceeds ${MAX_WEBHOOK_BYTES} bytes.` });

    const verdict = verifyWebhookSignature(options.secret, headerValue(req, SIGNATURE_HEADER), raw, Math.floor(now() / 1000));
    if (!verdict.ok) {
      // Never log the body: only why it was refused.
      options.logger.warn('webhook refused', { reason: verdict.reason });
      return sendJson(res, 400, { error: REFUSALS[verdict.reason] });
    }
    const parsed = parseWebhookEvent(raw);
    if (!parsed.ok) return sendJson(res, 400, { error: parsed.message });

    let result: { duplicate: boolean };
    try {
      result = await options.service.process(parsed.event);
    } catch (error) {
      if (error instanceof RangeError) return sendJson(res, 400, { error: error.message });
      throw error;
    }
    sendJson(res, 200, result.duplicate ? { received: true, duplicate: true } : { received: true });
  };
}
