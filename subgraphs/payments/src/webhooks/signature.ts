import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Webhook signatures: `Shop-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`.
 * Signing the timestamp with the body lets the receiver refuse an old delivery replayed later.
 */
export const SIGNATURE_HEADER = 'shop-signature';
/** How far a delivery's timestamp may be from our clock, either way. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

const mac = (secret: string, timestamp: number, rawBody: string) => createHmac('sha256', secret).update(`${timestamp}.${rawBody}`, 'utf8').digest();

/** The `Shop-Signature` header value for `rawBody` sent at `timestamp` (unix seconds). */
export function signWebhook(secret: string, rawBody: string, timestamp: number): string {
  return `t=${timestamp},v1=${mac(secret, timestamp, rawBody).toString('hex')}`;
}

export type SignatureVerdict = { ok: true; timestamp: number } | { ok: false; reason: 'missing' | 'malformed' | 'stale' | 'mismatch' };

/**
 * Checks a `Shop-Signature` header against the raw body. Several v1 values are allowed (a sender
 * rotating its secret signs with both); each is compared in constant time.
 */
export function verifyWebhookSignature(secret: string, header: string | undefined, rawBody: string, nowSeconds: number): SignatureVerdict {
  if (!header) return { ok: false, reason: 'missing' };
  let timestamp: number | null = null;
  const signatures: Buffer[] = [];
  for (const part of header.split(',')) {
    const [key, value = ''] = part.trim().split('=', 2) as [string, string?];
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/i.test(value)) signatures.push(Buffer.from(value, 'hex'));
  }
  if (timestamp === null || !signatures.length) return { ok: false, reason: 'malformed' };
  if (Math.abs(nowSeconds - timestamp) > WEBHOOK_TOLERANCE_SECONDS) return { ok: false, reason: 'stale' };
  const expected = mac(secret, timestamp, rawBody);
  // Compare against every candidate (no early exit) so timing says nothing about which one matched.
  let matched = false;
  for (const given of signatures) matched = timingSafeEqual(given, expected) || matched;
  return matched ? { ok: true, timestamp } : { ok: false, reason: 'mismatch' };
}
