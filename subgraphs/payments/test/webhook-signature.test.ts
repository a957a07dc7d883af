import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhookSignature, WEBHOOK_TOLERANCE_SECONDS } from '../src/webhooks/signature';
import { parseWebhookEvent, readChargeRefunded } from '../src/webhooks/webhook-event';

const SECRET = 'test-webhook-secret-0123456789-abcdefghij';
const NOW = 1_772_366_400; // 2026-03-01T12:00:00Z in unix seconds
const BODY = JSON.stringify({ id: 'evt_1', type: 'charge.refunded', created: NOW, data: { providerRef: 'ch_1', providerRefundRef: 're_1', amountMinor: 500 } });

describe('webhook signatures', () => {
  it('accepts its own signature and names the timestamp', () => {
    const header = signWebhook(SECRET, BODY, NOW);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(SECRET, header, BODY, NOW)).toEqual({ ok: true, timestamp: NOW });
  });

  it('is an HMAC-SHA256 over "<t>.<raw body>", hex encoded', () => {
    const expected = createHmac('sha256', 'secret').update('1700000000.{"a":1}').digest('hex');
    expect(signWebhook('secret', '{"a":1}', 1_700_000_000)).toBe(`t=1700000000,v1=${expected}`);
  });

  it('accepts a timestamp exactly 300 s old or ahead, refuses 301 s either way', () => {
    expect(WEBHOOK_TOLERANCE_SECONDS).toBe(300);
    for (const skew of [300, -300]) expect(verifyWebhookSignature(SECRET, signWebhook(SECRET, BODY, NOW - skew), BODY, NOW).ok).toBe(true);
    for (const skew of [301, -301])
      expect(verifyWebhookSignature(SECRET, signWebhook(SECRET, BODY, NOW - skew), BODY, NOW)).toEqual({ ok: false, reason: 'stale' });
  });

  it('refuses a changed body, another secret, or a timestamp swapped under the signature', () => {
    const header = signWebhook(SECRET, BODY, NOW);
    expect(verifyWebhookSignature(SECRET, header, BODY.replace('500', '50000'), NOW)).toEqual({ ok: false, reason: 'mismatch' });
    expect(verifyWebhookSignature(`${SECRET}x`, header, BODY, NOW)).toEqual({ ok: false, reason: 'mismatch' });
    expect(verifyWebhookSignature(SECRET, header.replace(`t=${NOW}`, `t=${NOW - 1}`), BODY, NOW)).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('accepts any one matching v1 (secret rotation) and refuses malformed headers', () => {
    const good = signWebhook(SECRET, BODY, NOW).split(',v1=')[1]!;
    expect(verifyWebhookSignature(SECRET, `t=${NOW},v1=${'0'.repeat(64)},v1=${good}`, BODY, NOW).ok).toBe(true);
    expect(verifyWebhookSignature(SECRET, undefined, BODY, NOW)).toEqual({ ok: false, reason: 'missing' });
    for (const header of ['garbage', `t=${NOW}`, `v1=${good}`, `t=abc,v1=${good}`, `t=${NOW},v1=${good.slice(2)}`, `t=${NOW},v0=${good}`]) {
      expect(verifyWebhookSignature(SECRET, header, BODY, NOW), header).toEqual({ ok: false, reason: 'malformed' });
    }
  });
});

describe('webhook events', () => {
  it('parses the envelope and refuses incomplete ones', () => {
    expect(parseWebhookEvent(BODY)).toMatchObject({ ok: true, event: { id: 'evt_1', type: 'charge.refunded', created: NOW } });
    for (const body of [
      'not json',
      '[]',
      '{"id":"e","type":"t","created":1}',
      '{"id":"","type":"t","created":1,"data":{}}',
      '{"id":"e","type":"t","created":"1","data":{}}',
    ]) {
      expect(parseWebhookEvent(body).ok, body).toBe(false);
    }
  });

  it('reads charge.refunded data, refusing non-positive or fractional amounts', () => {
    expect(readChargeRefunded({ providerRef: 'ch_1', providerRefundRef: 're_1', amountMinor: 500 })).toEqual({
      providerRef: 'ch_1',
      providerRefundRef: 're_1',
      amountMinor: 500,
    });
    for (const amountMinor of [0, -5, 1.5, '500']) expect(readChargeRefunded({ providerRef: 'ch_1', providerRefundRef: 're_1', amountMinor })).toBeNull();
    expect(readChargeRefunded({ providerRef: 'ch_1', amountMinor: 5 })).toBeNull();
  });
});
