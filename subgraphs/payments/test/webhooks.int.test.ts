import { postgresTargets } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chargeRefunded, deliverWebhook, signWebhook, simulatorEvent, webhookDelivery } from '../src/app';
import { outbox, refunds, webhookEvents } from '../src/db/schema';
import { startHarness, WEBHOOK_SECRET, type Harness } from './support';

for (const target of postgresTargets()) {
  describe.skipIf(target.skip)(`card processor webhook — ${target.name}`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness(target);
    });
    afterAll(() => h?.close());

    /** Everything a webhook could change: the payment, its refunds, the recorded events and the outbox. */
    const snapshot = async (orderId: string) => ({
      payment: await h.payment(orderId),
      refunds: await h.runtime.db.$count(refunds),
      webhookEvents: await h.runtime.db.$count(webhookEvents),
      outbox: await h.runtime.db.$count(outbox),
    });
    const post = (body: string, headers: Record<string, string>) => fetch(h.subgraph.webhookUrl, { method: 'POST', headers, body });

    /** A captured payment and a refund made at the provider's dashboard, not yet reported. */
    async function dashboardRefund(amountMinor: number) {
      const { orderId, payment } = await h.checkout({ totalMinor: 6_000 });
      const made = await h.provider.inner.refundOutsideApi({ providerRef: payment.providerRef!, amountMinor });
      if (!made.ok) throw new Error(made.message);
      return { orderId, payment, event: chargeRefunded({ providerRef: payment.providerRef!, providerRefundRef: made.providerRefundRef, amountMinor }) };
    }

    it('records a refund made at the provider once, and acknowledges the repeat as a duplicate', async () => {
      const { orderId, payment, event } = await dashboardRefund(2_500);
      expect(await deliverWebhook(h.subgraph.webhookUrl, WEBHOOK_SECRET, event)).toEqual({ status: 200, body: { received: true } });
      expect(await h.payment(orderId)).toMatchObject({ status: 'PARTIALLY_REFUNDED', refundedMinor: 2_500 });
      expect((await h.runtime.payments.refundsOf([payment.id])).map((r) => [r.source, r.amountMinor])).toEqual([['WEBHOOK', 2_500]]);
      await h.runtime.relay.flush();
      await h.bus.idle();
      expect(h.events('payment.refunded', orderId).map((e) => e.payload)).toMatchObject([
        { amountMinor: 2_500, refundedTotalMinor: 2_500, fullyRefunded: false },
      ]);

      const before = await snapshot(orderId);
      expect(await deliverWebhook(h.subgraph.webhookUrl, WEBHOOK_SECRET, event)).toEqual({ status: 200, body: { received: true, duplicate: true } });
      // The same provider refund under a new event id (a provider resending differently) is not counted twice either.
      expect((await deliverWebhook(h.subgraph.webhookUrl, WEBHOOK_SECRET, { ...event, id: `${event.id}-again` })).status).toBe(200);
      expect({ ...(await snapshot(orderId)), webhookEvents: before.webhookEvents }).toEqual(before);
    });

    it('changes nothing for a bad signature, a 301 s old timestamp or a repeated event id', async () => {
      const { orderId, event } = await dashboardRefund(1_000);
      const before = await snapshot(orderId);
      const { body, headers } = webhookDelivery(WEBHOOK_SECRET, event);

      const forged = await post(body, {
        ...headers,
        'shop-signature': signWebhook('not-the-secret-0123456789abcdefghijkl', body, Math.floor(Date.now() / 1000)),
      });
      expect(forged.status).toBe(400);
      expect(await forged.json()).toEqual({ error: expect.stringMatching(/does not match/) });

      const tampered = await post(body.replace('1000', '5000'), headers);
      expect(tampered.status).toBe(400);

      const stale = webhookDelivery(WEBHOOK_SECRET, event, Date.now() - 301_000);
      const staleRes = await post(stale.body, stale.headers);
      expect(staleRes.status).toBe(400);
      expect(await staleRes.json()).toEqual({ error: expect.stringMatching(/tolerance/) });

      const unsigned = await post(body, { 'content-type': 'application/json' });
      expect(unsigned.status).toBe(400);
      expect(await snapshot(orderId)).toEqual(before);

      // Within the tolerance the same delivery is good once; its replay then changes nothing.
      const recent = webhookDelivery(WEBHOOK_SECRET, event, Date.now() - 290_000);
      expect((await post(recent.body, recent.headers)).status).toBe(200);
      const applied = await snapshot(orderId);
      expect(applied.payment?.refundedMinor).toBe(1_000);
      const replay = await post(recent.body, recent.headers);
      expect(await replay.json()).toEqual({ received: true, duplicate: true });
      expect(await snapshot(orderId)).toEqual(applied);
    });

    it('never records more than the capture, even when the provider says so', async () => {
      const { orderId, payment } = await h.checkout({ totalMinor: 3_000 });
      const before = await snapshot(orderId);
      const event = chargeRefunded({ providerRef: payment.providerRef!, providerRefundRef: 're_sim_forged', amountMinor: 3_001 });
      expect((await deliverWebhook(h.subgraph.webhookUrl, WEBHOOK_SECRET, event)).status).toBe(200);
      expect({ ...(await snapshot(orderId)), webhookEvents: before.webhookEvents }).toEqual(before);
    });

    it('acknowledges and records unknown event types without effect, once', async () => {
      const event = simulatorEvent('charge.dispute.created', { providerRef: 'ch_sim_x' });
      const count = await h.runtime.db.$count(webhookEvents);
      expect(await deliverWebhook(h.subgraph.webhookUrl, WEBHOOK_SECRET, event)).toEqual({ status: 200, body: { received: true } });
      expect(await deliverWebhook(h.subgraph.webhookUrl, WEBHOOK_SECRET, event)).toEqual({ status: 200, body: { received: true, duplicate: true } });
      expect(await h.runtime.db.$count(webhookEvents)).toBe(count + 1);
    });

    it('answers 400 for signed but malformed events, 413 past 64 KB and 405 for other methods', async () => {
      const count = await h.runtime.db.$count(webhookEvents);
      for (const body of [
        '{not json',
        JSON.stringify({ id: 'evt_x', type: 'charge.refunded' }),
        JSON.stringify(simulatorEvent('charge.refunded', { providerRef: 'ch', amountMinor: -1 })),
      ]) {
        const signed = await post(body, { 'shop-signature': signWebhook(WEBHOOK_SECRET, body, Math.floor(Date.now() / 1000)) });
        expect(signed.status, body).toBe(400);
      }
      const big = JSON.stringify(simulatorEvent('noise', { pad: 'x'.repeat(70_000) }));
      expect((await post(big, { 'shop-signature': signWebhook(WEBHOOK_SECRET, big, Math.floor(Date.now() / 1000)) })).status).toBe(413);
      expect((await fetch(h.subgraph.webhookUrl)).status).toBe(405);
      expect(await h.runtime.db.$count(webhookEvents)).toBe(count);
    });
  });
}
