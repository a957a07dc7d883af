import { forbidden, unauthenticated, type Identity } from '@shop/kit';
import type { Database } from '@shop/stores';
import type { OrderRow } from '../db/order-store';
import { transitionOrder, type TransitionRequest } from '../db/order-transitions';
import type { OrdersSchema } from '../db/schema';
import { cancelAccess, fulfilmentAccess, type AdminAccess } from '../domain/access';
import { userError, type OrderUserError } from '../domain/errors';
import type { Loaders } from '../loaders';

export interface OrderPayload {
  order: OrderRow | null;
  userErrors: OrderUserError[];
}

const fail = (...userErrors: OrderUserError[]): OrderPayload => ({ order: null, userErrors });

function requireAccess(access: AdminAccess, message: string) {
  if (access === 'unauthenticated') throw unauthenticated();
  if (access === 'forbidden') throw forbidden(message);
}

/** Text a staff member types: trimmed, required, bounded. */
function text(value: string, field: string, max = 200): { ok: true; value: string } | { ok: false; error: OrderUserError } {
  const trimmed = value.trim();
  if (!trimmed) return { ok: false, error: userError('INVALID_INPUT', `${field} is required.`, field) };
  if (trimmed.length > max) return { ok: false, error: userError('INVALID_INPUT', `${field} is longer than ${max} characters.`, field) };
  return { ok: true, value: trimmed };
}

/** Back-office moves through the lifecycle: ship, deliver, cancel. Every one a compare-and-set. */
export function createOrderLifecycleService(db: Database<OrdersSchema>, identity: Identity, loaders: Loaders, onChange: () => Promise<void>, now: () => Date) {
  async function move(request: TransitionRequest, verb: string, field = 'orderId'): Promise<OrderPayload> {
    const result = await transitionOrder(db, { ...request, at: now() });
    if (!result.order) return fail(userError('ORDER_NOT_FOUND', 'There is no such order.', field));
    loaders.orderById.clear(result.order.id).prime(result.order.id, result.order);
    if (result.ok) {
      await onChange();
      return { order: result.order, userErrors: [] };
    }
    return fail(userError('ILLEGAL_TRANSITION', `An order that is ${result.order.status} cannot be ${verb}.`, field));
  }

  return {
    async ship(input: { orderId: string; carrier: string; trackingNumber: string }): Promise<OrderPayload> {
      requireAccess(fulfilmentAccess(identity), 'Only support staff and admins can ship orders.');
      const carrier = text(input.carrier, 'input.carrier', 100);
      if (!carrier.ok) return fail(carrier.error);
      const tracking = text(input.trackingNumber, 'input.trackingNumber', 100);
      if (!tracking.ok) return fail(tracking.error);
      const reason = `Shipped with ${carrier.value}, tracking number ${tracking.value}.`;
      const set = { carrier: carrier.value, trackingNumber: tracking.value, shippedAt: now().toISOString() };
      return move(
        { orderId: input.orderId, status: { from: ['CONFIRMED'], to: 'FULFILLED' }, fulfillment: { from: ['UNFULFILLED'], to: 'FULFILLED' }, reason, set },
        'shipped',
        'input.orderId',
      );
    },

    async markDelivered(orderId: string): Promise<OrderPayload> {
      requireAccess(fulfilmentAccess(identity), 'Only support staff and admins can mark orders delivered.');
      const delivered = { status: { from: ['FULFILLED'], to: 'DELIVERED' }, fulfillment: { from: ['FULFILLED'], to: 'DELIVERED' } } as const;
      return move({ orderId, ...delivered, reason: 'Delivered.', set: { deliveredAt: now().toISOString() } }, 'marked delivered');
    },

    /** Releasing the stock and voiding or refunding the payment follow from order.updated(CANCELLED). */
    async cancel(orderId: string, reason: string): Promise<OrderPayload> {
      requireAccess(cancelAccess(identity), 'Only admins can cancel orders.');
      const why = text(reason, 'reason', 500);
      if (!why.ok) return fail(why.error);
      // Nothing asked for yet: the payment is void now. Money authorised or taken stays until
      // payments reports the void or the refund.
      const financial = { from: ['PENDING'], to: 'VOIDED', optional: true } as const;
      return move({ orderId, status: { from: ['PENDING', 'RESERVED', 'ON_HOLD', 'CONFIRMED'], to: 'CANCELLED' }, financial, reason: why.value }, 'cancelled');
    },

    /**
     * Fraud review of an ON_HOLD order, one compare-and-set: approve and reject racing each other
     * (or two staff at once) meet at the version, so exactly one decision is taken. Repeating the
     * decision that was taken answers with the order, unchanged; the other one is ILLEGAL_TRANSITION.
     */
    approve: (orderId: string) => review(orderId, 'APPROVED', 'Approved after fraud review.'),

    async reject(orderId: string, reason: string): Promise<OrderPayload> {
      const why = text(reason, 'reason', 500);
      if (!why.ok) {
        requireAccess(reviewAccess(identity), REVIEW_STAFF_ONLY);
        return fail(why.error);
      }
      return review(orderId, 'REJECTED', `Rejected after fraud review: ${why.value}`);
    },
  };

  async function review(orderId: string, decision: 'APPROVED' | 'REJECTED', reason: string): Promise<OrderPayload> {
    requireAccess(reviewAccess(identity), REVIEW_STAFF_ONLY);
    const set = { reviewDecision: decision, reviewedBy: identity.userId!, reviewedAt: now().toISOString() };
    const to = decision === 'APPROVED' ? 'RESERVED' : 'CANCELLED';
    const result = await transitionOrder(db, { orderId, status: { from: ['ON_HOLD'], to }, reason, set, at: now() });
    if (!result.order) return fail(userError('ORDER_NOT_FOUND', 'There is no such order.', 'id'));
    loaders.orderById.clear(result.order.id).prime(result.order.id, result.order);
    if (result.ok) {
      await onChange();
      return { order: result.order, userErrors: [] };
    }
    if (result.order.reviewDecision === decision) return { order: result.order, userErrors: [] };
    const why = result.order.reviewDecision ? `was already ${result.order.reviewDecision.toLowerCase()}` : `is ${result.order.status}, not held for review`;
    return fail(userError('ILLEGAL_TRANSITION', `The order ${why}.`, 'id'));
  }
}

const REVIEW_STAFF_ONLY = 'Only support staff and admins can review held orders.';

/** Fraud review: support staff and admins. */
const reviewAccess = fulfilmentAccess;

export type OrderLifecycleService = ReturnType<typeof createOrderLifecycleService>;
