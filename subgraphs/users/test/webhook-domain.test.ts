import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { API_SCHEMA_PATH } from '@shop/schema';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkWebhookDocument } from '../src/domain/webhook-document';
import { eventRoot, webhookWants, WEBHOOK_EVENT_TYPES } from '../src/domain/webhook-events';
import { afterAttempt, retryDelayMs, shouldDisable } from '../src/domain/webhook-retry';
import { newWebhookSecret, signWebhook, verifyWebhook } from '../src/domain/webhook-signature';
import { isPrivateAddress, refuseTarget } from '../src/domain/webhook-target';

const schema = buildSchema(readFileSync(API_SCHEMA_PATH, 'utf8'));

describe('webhook signatures', () => {
  const secret = newWebhookSecret();
  const body = '{"data":{"x":1}}';

  it('signs HMAC-SHA256 over "<timestamp>.<body>" as documented', () => {
    const expected = createHmac('sha256', secret).update(`1700000000.${body}`).digest('hex');
    expect(signWebhook(secret, 1700000000, body)).toBe(`v1=${expected}`);
    expect(newWebhookSecret()).not.toBe(secret);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
  });

  it('verifies only the right secret, body and a fresh timestamp', () => {
    const ts = 1700000000;
    const signature = signWebhook(secret, ts, body);
    expect(verifyWebhook(secret, { timestamp: String(ts), signature }, body, ts + 10)).toBe(true);
    expect(verifyWebhook('other', { timestamp: String(ts), signature }, body, ts)).toBe(false);
    expect(verifyWebhook(secret, { timestamp: String(ts), signature }, `${body} `, ts)).toBe(false);
    expect(verifyWebhook(secret, { timestamp: String(ts + 1), signature }, body, ts)).toBe(false);
    expect(verifyWebhook(secret, { timestamp: String(ts), signature }, body, ts + 301)).toBe(false);
    expect(verifyWebhook(secret, { timestamp: undefined, signature }, body, ts)).toBe(false);
  });
});

describe('webhook retries', () => {
  const policy = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 5000, disableAfterFailures: 3 };

  it('backs off exponentially with jitter between half and all of the delay, capped', () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, policy, () => 1))).toEqual([1000, 2000, 4000, 5000, 5000]);
    expect([1, 2, 3].map((n) => retryDelayMs(n, policy, () => 0))).toEqual([500, 1000, 2000]);
  });

  it('delivers, schedules a retry, or dead-letters after the last attempt', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(afterAttempt(true, 4, now, policy)).toEqual({ status: 'DELIVERED' });
    expect(afterAttempt(false, 1, now, policy, () => 1)).toEqual({ status: 'PENDING', nextAttemptAt: new Date('2026-01-01T00:00:01Z') });
    expect(afterAttempt(false, 4, now, policy)).toEqual({ status: 'DEAD' });
    expect(shouldDisable(2, policy)).toBe(false);
    expect(shouldDisable(3, policy)).toBe(true);
  });
});

describe('webhook targets', () => {
  it('refuses non-http schemes and credentials always, http and private addresses in production', () => {
    expect(refuseTarget('ftp://example.com/x', true)).toMatch(/http or https/);
    expect(refuseTarget('not a url', true)).toMatch(/valid/);
    expect(refuseTarget('https://u:p@example.com/x', true)).toMatch(/credentials/);
    expect(refuseTarget('http://127.0.0.1:9/x', true)).toBeNull();
    expect(refuseTarget('http://partner.example/x', false)).toMatch(/https/);
    expect(refuseTarget('https://partner.example/x', false)).toBeNull();
    for (const host of ['127.0.0.1', '10.1.2.3', '192.168.0.1', '172.20.0.1', '169.254.169.254', '[::1]', 'localhost', '[::ffff:10.0.0.1]']) {
      expect(refuseTarget(`https://${host}/x`, false), host).toMatch(/private/);
    }
    expect(refuseTarget('https://partner.example/x', false, ['93.184.216.34', '10.0.0.5'])).toMatch(/private/);
  });

  it('classifies addresses', () => {
    expect(['fd00::1', 'fe80::1', '100.64.1.1', '0.0.0.0'].every(isPrivateAddress)).toBe(true);
    expect(['8.8.8.8', '2001:4860:4860::8888', 'example.com'].some(isPrivateAddress)).toBe(false);
  });
});

describe('webhook documents', () => {
  it('accepts one supported event field with literal arguments', () => {
    expect(checkWebhookDocument(schema, 'subscription { inventoryChanged(productIds: ["p1", "p2"]) { available product { name } } }')).toEqual({
      ok: true,
      field: 'inventoryChanged',
      args: { productIds: ['p1', 'p2'] },
    });
    expect(checkWebhookDocument(schema, 'subscription Orders { ordersUpdated { status order { id } } }')).toEqual({
      ok: true,
      field: 'ordersUpdated',
      args: {},
    });
    // The partner guide's example.
    const guide =
      'subscription { ordersUpdated { version status previousStatus order { id total { amount currencyCode } lines { quantity product { name } } } } }';
    expect(checkWebhookDocument(schema, guide)).toMatchObject({ ok: true });
    expect(checkWebhookDocument(schema, 'subscription { lowStockAlerts { __typename } }')).toMatchObject({ ok: true, field: 'lowStockAlerts' });
  });

  it.each([
    ['subscription {', /does not parse/],
    ['query { me { id } }', /exactly one subscription/],
    ['subscription a { lowStockAlerts { sku } } subscription b { lowStockAlerts { sku } }', /exactly one subscription/],
    ['subscription($id: ID!) { orderUpdated(orderId: $id) { status } }', /variables/],
    ['subscription { ordersUpdated { nope } }', /not valid/],
    ['subscription { chatMessageAdded(conversationId: "c") { id } }', /cannot follow chatMessageAdded/],
    ['subscription { orderUpdated(orderId: "o", sinceVersion: 0) { status } }', /sinceVersion/],
  ])('refuses %s', (query, message) => {
    const result = checkWebhookDocument(schema, query);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });
});

describe('webhook event matching', () => {
  const event = (type: string, payload: Record<string, unknown>) => ({ type, occurredAt: '2026-01-01T00:00:00.000Z', payload });

  it('matches event types and the literal arguments of the field', () => {
    expect(webhookWants('ordersUpdated', {}, event('order.updated', { orderId: 'o1' }))).toBe(true);
    expect(webhookWants('ordersUpdated', {}, event('order.created', { orderId: 'o1' }))).toBe(false);
    expect(webhookWants('orderUpdated', { orderId: 'o1' }, event('order.updated', { orderId: 'o1' }))).toBe(true);
    expect(webhookWants('orderUpdated', { orderId: 'o1' }, event('order.updated', { orderId: 'o2' }))).toBe(false);
    expect(webhookWants('inventoryChanged', {}, event('inventory.stock_changed', { productId: 'p' }))).toBe(true);
    expect(webhookWants('inventoryChanged', { productIds: ['q'] }, event('inventory.stock_changed', { productId: 'p' }))).toBe(false);
    expect(webhookWants('lowStockAlerts', {}, event('inventory.low_stock', {}))).toBe(true);
    expect(WEBHOOK_EVENT_TYPES.sort()).toEqual(['inventory.low_stock', 'inventory.stock_changed', 'order.updated']);
  });

  it('gives the selection the event as live subscribers get it: the payload and when it occurred', () => {
    expect(eventRoot(event('order.updated', { orderId: 'o1', version: 3 }))).toEqual({ orderId: 'o1', version: 3, occurredAt: '2026-01-01T00:00:00.000Z' });
  });
});
