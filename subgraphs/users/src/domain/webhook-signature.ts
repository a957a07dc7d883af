import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The headers of every webhook delivery (lower-case, as Node gives them). */
export const WEBHOOK_HEADERS = {
  event: 'shop-webhook-event',
  delivery: 'shop-webhook-delivery',
  timestamp: 'shop-webhook-timestamp',
  signature: 'shop-webhook-signature',
} as const;

/** A fresh webhook secret: 32 random bytes, base64url, prefixed so it is recognisable in a vault. */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

/** `v1=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>`: the timestamp is unix seconds, the body the raw bytes sent. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * What a partner does on receipt (the partner guide prints the same function): recompute the
 * signature over the raw body with the header's timestamp, compare in constant time, and refuse
 * timestamps older (or newer) than the tolerance, which bounds replays.
 */
export function verifyWebhook(
  secret: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
  body: string,
  nowSeconds = Math.floor(Date.now() / 1000),
  toleranceSeconds = 300,
): boolean {
  const timestamp = Number(headers.timestamp);
  if (!headers.signature || !Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(headers.signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
