import { demoCatalog, DEMO_CREDENTIALS } from '@shop/demo-data';
import { waitFor } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer, type TestSmtpServer } from '../subgraphs/users/test/helpers/smtp';
import { Shopper } from './shopper';
import { bootStack, login, stackTargets } from './support';

/**
 * Customer emails as a shopper receives them: the whole platform sends through a real SMTP
 * server (the `smtp-server` package) while a customer checks out, staff ship and refund — each
 * through the gateway, each email produced by the users subgraph from orders' events.
 */
const product = demoCatalog().products[140]!;
const variant = product.variants[0]!;

for (const target of stackTargets) {
  describe.skipIf(target.skip)(`customer emails through the platform — ${target.name}`, () => {
    let smtp: TestSmtpServer;
    let stack: Awaited<ReturnType<typeof bootStack>>;
    let admin: Shopper;
    let customer: Shopper;

    beforeAll(async () => {
      smtp = await startSmtpServer();
      stack = await bootStack(target, { mail: { from: 'Shop <orders@shop.test>', smtpUrl: smtp.url, pollMs: 100 } });
      const url = stack.gateway.url;
      admin = new Shopper(url, await login(url, DEMO_CREDENTIALS.admin.email, DEMO_CREDENTIALS.admin.password));
      customer = new Shopper(url, await login(url, DEMO_CREDENTIALS.customer.email, DEMO_CREDENTIALS.customer.password));
    });
    afterAll(async () => {
      await stack?.dispose();
      await smtp?.close();
    });

    const mailWith = (subject: string) =>
      waitFor(() => smtp.received.find((r) => r.mail.subject === subject), { timeoutMs: 30_000, message: `the email "${subject}"` });

    it('emails the customer when the order is confirmed, shipped and refunded — once each', async () => {
      // The seeded order history is not news: it sent nothing.
      expect(smtp.received).toEqual([]);

      const placed = await customer.checkout(await new Shopper(stack.gateway.url).cartWith(variant.id, 2));
      expect(placed.userErrors).toEqual([]);
      const orderId = placed.order!.id;
      const order = await customer.settled(orderId, 'CONFIRMED');
      const { number } = (await customer.call<{ order: { number: string } }>(`query($id: ID!) { order(id: $id) { number } }`, { id: orderId })).order;

      const confirmation = await mailWith(`Order ${number} confirmed`);
      expect(confirmation.rcptTo).toEqual([DEMO_CREDENTIALS.customer.email]);
      expect(confirmation.mail.text).toContain(`2 x ${product.name} (${variant.sku})`);
      expect(confirmation.mail.text).toContain(`Total: ${order.total.amount} USD`);
      expect(confirmation.mail.html).toContain('<table');

      const shipped = await admin.orderMutation('shipOrder', { input: { orderId, carrier: 'DHL', trackingNumber: 'JD014600003828394' } });
      expect(shipped.data.shipOrder.userErrors).toEqual([]);
      const shipping = await mailWith(`Order ${number} has shipped`);
      expect(shipping.mail.text).toContain('Tracking number: JD014600003828394');
      expect(shipping.mail.html).toContain('DHL');

      expect((await admin.refund(order.payments[0].id, '1.00')).userErrors).toEqual([]);
      const refund = await mailWith(`Refund of 1.00 USD for order ${number}`);
      expect(refund.rcptTo).toEqual([DEMO_CREDENTIALS.customer.email]);
      expect(refund.mail.text).toContain(`In all, 1.00 USD of the order's ${order.total.amount} USD has been refunded.`);

      await waitFor(async () => (await stack.bus.backlog()).pending === 0, { timeoutMs: 30_000, message: 'the event backlog to drain' });
      expect(smtp.received.map((r) => r.mail.subject)).toEqual([
        `Order ${number} confirmed`,
        `Order ${number} has shipped`,
        `Refund of 1.00 USD for order ${number}`,
      ]);
    });
  });
}
