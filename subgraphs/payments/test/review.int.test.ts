import { randomUUID } from 'node:crypto';
import { newEvent } from '@shop/stores';
import { eq } from 'drizzle-orm';
import { checkoutOrders } from '../src/db/schema';
import { postgresTargets, waitFor } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support';

const risk = (orderId: string, level: 'LOW' | 'HIGH') =>
  newEvent('order.risk_assessed', {
    orderId,
    customerId: 'usr_0001',
    score: level === 'HIGH' ? 0.91 : 0.05,
    level,
    reasons: level === 'HIGH' ? [{ code: 'NEW_ACCOUNT_HIGH_VALUE', message: 'first order of $900.00' }] : [],
    assessedAt: new Date().toISOString(),
  });
const update = (orderId: string, status: string, previousStatus: string) =>
  newEvent('order.updated', {
    orderId,
    number: 'SO-1',
    customerId: 'usr_0001',
    status,
    previousStatus,
    version: 3,
    reason: null,
    totalMinor: 0,
    currencyCode: 'USD',
  });

/** Fraud review on payments' side: a HIGH risk authorisation is held, never captured before approval. */
for (const target of postgresTargets()) {
  describe.skipIf(target.skip)(`fraud review in the payment saga — ${target.name}`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness(target);
    });
    afterAll(() => h?.close());

    async function heldPayment() {
      const orderId = `ord_${randomUUID()}`;
      await h.bus.publish([h.orderCreated(orderId), risk(orderId, 'HIGH'), h.reserved(orderId)]);
      await waitFor(() => h.events('payment.held', orderId).length === 1, { message: `payment.held for ${orderId}` });
      return { orderId, payment: await h.paymentIn(orderId, 'AUTHORIZED') };
    }

    it('holds a HIGH risk authorisation once, with the risk, and captures it only after approval', async () => {
      const { orderId, payment } = await heldPayment();
      expect(h.events('payment.held', orderId)[0]!.payload).toEqual({
        orderId,
        paymentId: payment.id,
        amountMinor: 10_000,
        currencyCode: 'USD',
        risk: { score: 0.91, level: 'HIGH', reasons: [{ code: 'NEW_ACCOUNT_HIGH_VALUE', message: 'first order of $900.00' }] },
      });
      // Redelivery, a sweep and racing workers change nothing while it waits for staff.
      await h.bus.publish([risk(orderId, 'HIGH'), h.reserved(orderId)]);
      await Promise.all([h.runtime.saga.sweep(Date.now() + 120_000), ...Array.from({ length: 5 }, () => h.runtime.saga.advance(orderId))]);
      await h.bus.idle();
      expect((await h.paymentIn(orderId, 'AUTHORIZED')).capturedMinor).toBe(0);
      expect(h.provider.count('capture', `capture:${payment.id}`)).toBe(0);
      expect(h.events('payment.held', orderId)).toHaveLength(1);

      const approved = update(orderId, 'RESERVED', 'ON_HOLD');
      await h.bus.publish([approved, approved]);
      const captured = await h.paymentIn(orderId, 'CAPTURED');
      expect(captured.capturedMinor).toBe(10_000);
      expect(h.provider.count('capture', `capture:${payment.id}`)).toBe(1);
      expect(h.events('payment.captured', orderId)).toHaveLength(1);
    });

    it('voids a held authorisation when the order is rejected, and never captures it', async () => {
      const { orderId, payment } = await heldPayment();
      await h.bus.publish([update(orderId, 'CANCELLED', 'ON_HOLD')]);
      expect((await h.paymentIn(orderId, 'VOIDED')).capturedMinor).toBe(0);
      expect(h.provider.count('capture', `capture:${payment.id}`)).toBe(0);
      expect(h.events('payment.voided', orderId)).toHaveLength(1);
    });

    it('captures a LOW risk order as usual, and learns a held order’s longer hold from inventory', async () => {
      const orderId = `ord_${randomUUID()}`;
      await h.bus.publish([h.orderCreated(orderId), risk(orderId, 'LOW'), h.reserved(orderId)]);
      expect((await h.paymentIn(orderId, 'CAPTURED')).capturedMinor).toBe(10_000);
      expect(h.events('payment.held', orderId)).toHaveLength(0);

      const held = await heldPayment();
      const until = new Date(Date.now() + 3 * 86_400_000).toISOString();
      await h.bus.publish([newEvent('inventory.hold_extended', { orderId: held.orderId, reservationId: `res_${held.orderId}`, expiresAt: until })]);
      await h.bus.idle();
      const [row] = await h.runtime.db.select().from(checkoutOrders).where(eq(checkoutOrders.orderId, held.orderId));
      expect(new Date(row!.holdExpiresAt!).toISOString()).toBe(until);
      // An older expiry arriving late never shortens it.
      await h.bus.publish([h.reserved(held.orderId)]);
      await h.bus.idle();
      const [after] = await h.runtime.db.select().from(checkoutOrders).where(eq(checkoutOrders.orderId, held.orderId));
      expect(new Date(after!.holdExpiresAt!).getTime()).toBeGreaterThanOrEqual(Date.parse(until) - 1);
    });
  });
}
