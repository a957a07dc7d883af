import { parseConfig } from '@shop/kit';
import { describe, expect, it } from 'vitest';
import { mailEnv, mailSettings } from '../src/app';
import { escapeHtml, html } from '../src/domain/html';
import { renderMail } from '../src/domain/mail-templates';
import { isStale, notificationFor, orderUpdatedPayload, retryDelayMs, type OrderUpdated } from '../src/domain/notification-rules';
import { messageIdFor } from '../src/notifications/notification-sender';
import { confirmed, refunded, shipped } from './helpers/order-events';

const payload = (event: { payload: unknown }): OrderUpdated => orderUpdatedPayload.parse(event.payload);

describe('which order.updated calls for an email', () => {
  it('confirms an order once it moves to CONFIRMED with its receipt', () => {
    expect(notificationFor(payload(confirmed('usr_1')))).toMatchObject({ kind: 'ORDER_CONFIRMED', customerId: 'usr_1', number: 'SO-1001' });
    const noReceipt = payload(confirmed('usr_1'));
    delete noReceipt.confirmation;
    expect(notificationFor(noReceipt)).toBeNull();
    expect(notificationFor({ ...payload(confirmed('usr_1')), previousStatus: 'CONFIRMED' })).toBeNull();
  });

  it('announces the shipment when the goods move to FULFILLED with a tracking number', () => {
    expect(notificationFor(payload(shipped('usr_1')))).toMatchObject({ kind: 'ORDER_SHIPPED', shipment: { carrier: 'UPS' } });
    // A later change of a shipped order still carries the shipment, but is not a shipping email.
    expect(
      notificationFor({ ...payload(shipped('usr_1')), status: 'DELIVERED', fulfillmentStatus: 'DELIVERED', previousFulfillmentStatus: 'FULFILLED' }),
    ).toBeNull();
  });

  it('reports each refund, partial or full', () => {
    expect(notificationFor(payload(refunded('usr_1', 1000, 1000)))).toMatchObject({
      kind: 'REFUND_ISSUED',
      fullyRefunded: false,
      refund: { amountMinor: 1000 },
    });
    expect(notificationFor(payload(refunded('usr_1', 4498, 5498)))).toMatchObject({ kind: 'REFUND_ISSUED', fullyRefunded: true });
    const noRefund = payload(refunded('usr_1', 1000, 1000));
    delete noRefund.refund;
    expect(notificationFor(noRefund)).toBeNull();
  });

  it('refuses malformed payloads', () => {
    expect(orderUpdatedPayload.safeParse({ ...(confirmed('u').payload as object), currencyCode: 'usd' }).success).toBe(false);
    expect(orderUpdatedPayload.safeParse({ orderId: 'o' }).success).toBe(false);
  });

  it('ignores events older than three days', () => {
    const now = new Date('2026-03-10T00:00:00Z');
    expect(isStale('2026-03-07T00:00:01Z', now)).toBe(false);
    expect(isStale('2026-03-06T23:59:59Z', now)).toBe(true);
  });
});

describe('retries', () => {
  it('doubles the wait up to the cap, never giving up', () => {
    const policy = { baseMs: 2000, maxMs: 600_000 };
    expect([1, 2, 3, 4].map((a) => retryDelayMs(a, policy))).toEqual([2000, 4000, 8000, 16000]);
    expect(retryDelayMs(9, policy)).toBe(512_000);
    expect(retryDelayMs(10, policy)).toBe(600_000);
    expect(retryDelayMs(10_000, policy)).toBe(600_000);
  });

  it('gives each notification one Message-ID in the sender’s domain', () => {
    expect(messageIdFor('e-1', 'Shop <orders@shop.example>')).toBe('<notification.e-1@shop.example>');
    expect(messageIdFor('e-1', 'orders@mail.shop.example')).toBe('<notification.e-1@mail.shop.example>');
  });
});

describe('templates', () => {
  it('escapes every interpolation in HTML and keeps nested fragments', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const name = '<script>alert(1)</script>';
    const bold = html`<b>${'&'}</b>`;
    const parts: (string | null | number | typeof bold | (typeof bold)[])[] = [name, [bold], null, 3];
    // Called as a tag would be, so that the formatter leaves the markup alone.
    const strings = Object.assign(['<p>', '</p>', '', '', ''], { raw: ['<p>', '</p>', '', '', ''] });
    expect(html(strings, ...parts).value).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><b>&amp;</b>3');
  });

  it('renders a confirmation with every line and the parts of the total, in text and HTML', () => {
    const facts = notificationFor(payload(confirmed('usr_1')))!;
    const mail = renderMail(facts, { name: 'Zoë <O’Neil>' }, { name: 'Shop & Co' });
    expect(mail.subject).toBe('Order SO-1001 confirmed');
    expect(mail.text).toContain('Hello Zoë <O’Neil>,');
    expect(mail.text).toContain('  1 x Trail T-shirt (TEE-M)  19.99 USD');
    expect(mail.text).toContain('  Subtotal: 49.99 USD\n  Shipping: 4.99 USD\n  Tax: 0.00 USD\n  Total: 54.98 USD');
    expect(mail.html).toContain('Hello Zoë &lt;O’Neil&gt;,');
    expect(mail.html).toContain('<title>Order SO-1001 confirmed</title>');
    expect(mail.html).toContain('Shop &amp; Co');
    expect(mail.html).not.toMatch(/<O’Neil>|<Camp>/);
  });

  it('writes amounts in the currency’s minor digits', () => {
    const event = refunded('usr_1', 1500, 1500);
    Object.assign(event.payload as object, { currencyCode: 'JPY', totalMinor: 5498 });
    const mail = renderMail(notificationFor(payload(event))!, { name: 'Ken' }, { name: 'Shop' });
    expect(mail.subject).toBe('Refund of 1500 JPY for order SO-1001');
  });
});

describe('mail configuration', () => {
  const env = (vars: Record<string, string>) => mailSettings({ ...parseConfig(mailEnv, vars), DATA_DIR: '/var/shop' });

  it('writes to DATA_DIR/mail-outbox unless an SMTP server is set', () => {
    expect(env({})).toMatchObject({ from: 'Shop <orders@shop.example>', smtpUrl: undefined, outboxDir: '/var/shop/mail-outbox', retry: { maxMs: 600_000 } });
    expect(env({ SMTP_URL: 'smtps://u:p@mail.example:465', MAIL_FROM: 'orders@shop.example', MAIL_RETRY_MAX_SECONDS: '60' })).toMatchObject({
      smtpUrl: 'smtps://u:p@mail.example:465',
      from: 'orders@shop.example',
      retry: { maxMs: 60_000 },
    });
  });

  it('lists every bad mail variable at once', () => {
    const bad = () => parseConfig(mailEnv, { SMTP_URL: 'http://mail.example', MAIL_FROM: 'not an address', MAIL_RETRY_MAX_SECONDS: '0' });
    expect(bad).toThrow('SMTP_URL: must be an smtp:// or smtps:// URL');
    expect(bad).toThrow('MAIL_FROM: must be an address such as "Shop <orders@shop.example>"');
    expect(bad).toThrow(/MAIL_RETRY_MAX_SECONDS: Too small/);
  });
});
