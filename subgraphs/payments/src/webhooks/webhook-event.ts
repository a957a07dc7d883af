/** A refund the provider reports it made (`charge.refunded`). */
export interface ProviderRefund {
  providerRef: string;
  providerRefundRef: string;
  amountMinor: number;
}

/** A provider event as delivered to the webhook: `{ id, type, created, data }`. */
export interface WebhookEvent {
  id: string;
  type: string;
  /** Unix seconds, when the provider created the event. */
  created: number;
  data: Record<string, unknown>;
}

const isText = (v: unknown, max = 200): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses a verified body; the envelope must be complete, the data is read per type. */
export function parseWebhookEvent(rawBody: string): { ok: true; event: WebhookEvent } | { ok: false; message: string } {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return { ok: false, message: 'The body is not valid JSON.' };
  }
  if (!isRecord(body) || !isText(body.id) || !isText(body.type, 100) || !Number.isSafeInteger(body.created) || !isRecord(body.data)) {
    return { ok: false, message: 'An event needs id, type, created (unix seconds) and a data object.' };
  }
  return { ok: true, event: { id: body.id, type: body.type, created: body.created as number, data: body.data } };
}

/** The data of `charge.refunded`, or null when it is malformed. */
export function readChargeRefunded(data: Record<string, unknown>): ProviderRefund | null {
  const { providerRef, providerRefundRef, amountMinor } = data;
  if (!isText(providerRef) || !isText(providerRefundRef) || !Number.isSafeInteger(amountMinor) || (amountMinor as number) <= 0) return null;
  return { providerRef, providerRefundRef, amountMinor: amountMinor as number };
}
