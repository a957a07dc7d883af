import { formatMinor } from '@shop/kit';
import { html, type SafeHtml } from './html';
import type { NotificationFacts } from './notification-rules';

/** One rendered email: what the customer reads, in plain text and in HTML. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface Recipient {
  name: string;
}

/** The shop as its emails name it. */
export interface ShopIdentity {
  name: string;
}

const money = (minor: number, currency: string) => `${formatMinor(minor, currency)} ${currency}`;

function layout(shop: ShopIdentity, title: string, body: SafeHtml): string {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>${title}</title>
      </head>
      <body style="font-family: sans-serif; color: #222; max-width: 560px; margin: 0 auto; padding: 16px">
        <h1 style="font-size: 20px">${title}</h1>
        ${body}
        <p style="color: #777; font-size: 12px">${shop.name}</p>
      </body>
    </html> `.value;
}

const signOff = (shop: ShopIdentity) => `\n-- \n${shop.name}\n`;

function confirmed(facts: Extract<NotificationFacts, { kind: 'ORDER_CONFIRMED' }>, to: Recipient, shop: ShopIdentity): RenderedMail {
  const { confirmation: c, currencyCode: cur } = facts;
  const subject = `Order ${facts.number} confirmed`;
  const lineText = c.lines.map((l) => `  ${l.quantity} x ${l.productName} (${l.sku})  ${money(l.quantity * l.unitPriceMinor, cur)}`);
  const totals = [
    ['Subtotal', c.subtotalMinor],
    ['Shipping', c.shippingMinor],
    ['Tax', c.taxMinor],
    ['Total', facts.totalMinor],
  ] as const;
  const text = [
    `Hello ${to.name},`,
    '',
    `thank you for your order ${facts.number}. Your payment was received and the order is confirmed.`,
    '',
    ...lineText,
    '',
    ...totals.map(([label, value]) => `  ${label}: ${money(value, cur)}`),
    '',
    'We will write again when it ships.',
    signOff(shop),
  ].join('\n');
  const rows = c.lines.map(
    (l) =>
      html`<tr>
        <td>${l.quantity} × ${l.productName} <small>(${l.sku})</small></td>
        <td align="right">${money(l.quantity * l.unitPriceMinor, cur)}</td>
      </tr>`,
  );
  const totalRows = totals.map(
    ([label, value]) =>
      html`<tr>
        <th align="left">${label}</th>
        <td align="right">${money(value, cur)}</td>
      </tr>`,
  );
  const body = html`<p>Hello ${to.name},</p>
    <p>thank you for your order <strong>${facts.number}</strong>. Your payment was received and the order is confirmed.</p>
    <table width="100%" cellpadding="4">
      ${rows}${totalRows}
    </table>
    <p>We will write again when it ships.</p>`;
  return { subject, text, html: layout(shop, subject, body) };
}

function shipped(facts: Extract<NotificationFacts, { kind: 'ORDER_SHIPPED' }>, to: Recipient, shop: ShopIdentity): RenderedMail {
  const { carrier, trackingNumber } = facts.shipment;
  const subject = `Order ${facts.number} has shipped`;
  const text = [`Hello ${to.name},`, '', `your order ${facts.number} is on its way with ${carrier}.`, `Tracking number: ${trackingNumber}`, signOff(shop)].join(
    '\n',
  );
  const body = html`<p>Hello ${to.name},</p>
    <p>your order <strong>${facts.number}</strong> is on its way with ${carrier}.</p>
    <p>Tracking number: <strong>${trackingNumber}</strong></p>`;
  return { subject, text, html: layout(shop, subject, body) };
}

function refunded(facts: Extract<NotificationFacts, { kind: 'REFUND_ISSUED' }>, to: Recipient, shop: ShopIdentity): RenderedMail {
  const { refund, currencyCode: cur } = facts;
  const subject = `Refund of ${money(refund.amountMinor, cur)} for order ${facts.number}`;
  const status = facts.fullyRefunded
    ? `The order is now refunded in full (${money(refund.refundedTotalMinor, cur)}).`
    : `In all, ${money(refund.refundedTotalMinor, cur)} of the order's ${money(facts.totalMinor, cur)} has been refunded.`;
  const text = [
    `Hello ${to.name},`,
    '',
    `we have refunded ${money(refund.amountMinor, cur)} for your order ${facts.number} to the card you paid with.`,
    status,
    'It can take a few days to show on your statement.',
    signOff(shop),
  ].join('\n');
  const body = html`<p>Hello ${to.name},</p>
    <p>we have refunded <strong>${money(refund.amountMinor, cur)}</strong> for your order <strong>${facts.number}</strong> to the card you paid with.</p>
    <p>${status}</p>
    <p>It can take a few days to show on your statement.</p>`;
  return { subject, text, html: layout(shop, subject, body) };
}

/** The email for one notification, in text and HTML. Pure. */
export function renderMail(facts: NotificationFacts, to: Recipient, shop: ShopIdentity): RenderedMail {
  switch (facts.kind) {
    case 'ORDER_CONFIRMED':
      return confirmed(facts, to, shop);
    case 'ORDER_SHIPPED':
      return shipped(facts, to, shop);
    case 'REFUND_ISSUED':
      return refunded(facts, to, shop);
  }
}
