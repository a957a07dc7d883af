import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CheckoutDocument, isSafeToRetry, LoginDocument, operationOf, OrderTrackingDocument, SendChatMessageDocument, CatalogPageDocument } from '../src';
import persisted from '../src/__generated__/persisted-documents.json' with { type: 'json' };
import { requestBody } from '../src/http';
import { subscribePayload } from '../src/live';
import { cursorOf, resumePlan } from '../src/resume';
import { backoffMs, retryAfterMs } from '../src/retry';

describe('@shop/client without a server', () => {
  it('every generated document carries the hash of its text in the committed manifest', () => {
    const manifest = persisted as Record<string, string>;
    for (const document of [CheckoutDocument, LoginDocument, OrderTrackingDocument, CatalogPageDocument]) {
      const info = operationOf(document);
      expect(manifest[info.hash!]).toContain(`${info.type} ${info.name}`);
    }
  });

  it('retries queries and idempotency-keyed mutations only', () => {
    expect(isSafeToRetry(operationOf(CatalogPageDocument), {})).toBe(true);
    expect(isSafeToRetry(operationOf(LoginDocument), { email: 'a', password: 'b' })).toBe(false);
    expect(isSafeToRetry(operationOf(CheckoutDocument), { idempotencyKey: 'k-1' })).toBe(true);
    expect(isSafeToRetry(operationOf(CheckoutDocument), { idempotencyKey: '' })).toBe(false);
    expect(isSafeToRetry(operationOf(SendChatMessageDocument), { conversationId: 'c', body: 'hi' })).toBe(false);
    expect(isSafeToRetry(operationOf(SendChatMessageDocument), { conversationId: 'c', body: 'hi', clientMessageId: 'm-1' })).toBe(true);
    expect(isSafeToRetry(operationOf(OrderTrackingDocument), { orderId: 'o' })).toBe(false);
  });

  it('sends ids in persisted mode and text otherwise, over HTTP and graphql-ws', () => {
    const info = operationOf(CatalogPageDocument);
    expect(requestBody(info, { first: 1 }, true)).toEqual({ documentId: `sha256:${info.hash}`, operationName: 'CatalogPage', variables: { first: 1 } });
    expect(requestBody(info, undefined, false)).toMatchObject({ query: expect.stringContaining('query CatalogPage'), operationName: 'CatalogPage' });
    const live = operationOf(OrderTrackingDocument);
    expect(subscribePayload(live, { orderId: 'o' }, true)).toEqual({
      query: '',
      operationName: 'OrderTracking',
      variables: { orderId: 'o' },
      extensions: { persistedQuery: { version: 1, sha256Hash: live.hash } },
    });
    const handWritten = operationOf(parse('query Mine { me { id } }'));
    expect(() => requestBody(handWritten, {}, true)).toThrow(/not a registered document/);
  });

  it('resumes from the documented cursors, following aliases and the bound variable', () => {
    expect(resumePlan(operationOf(OrderTrackingDocument))).toEqual({ rootKey: 'orderUpdated', cursorKey: 'version', variable: 'sinceVersion' });
    const aliased = operationOf(parse('subscription C($c: ID!, $from: Int) { chat: chatMessageAdded(conversationId: $c, afterSeq: $from) { n: seq body } }'));
    const plan = resumePlan(aliased)!;
    expect(plan).toEqual({ rootKey: 'chat', cursorKey: 'n', variable: 'from' });
    expect(cursorOf(plan, { chat: { n: 7, body: 'x' } })).toBe(7);
    expect(resumePlan(operationOf(parse('subscription A($t: ID!) { assistantReply(turnId: $t) { seq delta } }')))).toEqual({
      rootKey: 'assistantReply',
      cursorKey: 'seq',
      variable: undefined,
    });
    // No cursor selected: nothing to resume from.
    expect(resumePlan(operationOf(parse('subscription O($o: ID!) { orderUpdated(orderId: $o) { status } }')))).toBeNull();
    expect(resumePlan(operationOf(parse('subscription { lowStockAlerts { sku } }')))).toBeNull();
  });

  it('backs off with jitter under a doubling ceiling and honours Retry-After within the cap', () => {
    const policy = { attempts: 5, baseDelayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5].map((a) => backoffMs(policy, a, () => 1))).toEqual([100, 200, 400, 800, 1000]);
    expect(backoffMs(policy, 3, () => 0)).toBe(0);
    expect(retryAfterMs('0', policy)).toBe(0);
    expect(retryAfterMs('120', policy)).toBe(1000);
    expect(retryAfterMs(null, policy)).toBeUndefined();
    expect(retryAfterMs('soon', policy)).toBeUndefined();
  });
});
