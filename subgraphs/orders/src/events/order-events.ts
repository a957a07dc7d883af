import { newEvent, type DomainEvent } from '@shop/stores';
import type { FinancialStatus } from '../domain/financial-status';
import type { FulfillmentStatus } from '../domain/fulfillment-status';
import type { OrderStatus } from '../domain/order-status';

/** An order's three machines: the lifecycle, the goods and the money. */
export interface OrderStates {
  status: OrderStatus;
  fulfillmentStatus: FulfillmentStatus;
  financialStatus: FinancialStatus;
}

export const ORDER_CREATED = 'order.created';
export const ORDER_UPDATED = 'order.updated';

/** Payload of `order.created` v1 (docs/commerce-flow.md). */
export interface OrderCreatedPayload {
  orderId: string;
  number: string;
  customerId: string;
  currencyCode: string;
  totalMinor: number;
  createdAt: string;
  lines: { productId: string; variantId: string | null; sku: string; quantity: number; unitPriceMinor: number }[];
  /** 'history': seeded, already settled (only ai reads it); 'checkout': the start of the saga. */
  source: 'checkout' | 'history';
  status: OrderStatus;
  /** Added to v1 (consumers that do not know them ignore them). */
  fulfillmentStatus: FulfillmentStatus;
  financialStatus: FinancialStatus;
  /** Checkout orders only: the card token (no card number) for payments to authorise. */
  payment?: { token: string; brand: string; last4: string };
  /** Added to v1: where a checkout order ships to (ISO 3166-1 alpha-2; fraud scoring reads it). Absent for history. */
  shippingCountry?: string;
}

/**
 * Payload of `order.updated` v1: one per change of any of the order's machines. A change of the
 * money or the goods alone (a refund) carries `status` equal to `previousStatus`; the
 * fulfilment and financial fields were added to v1 (older consumers ignore them).
 */
export interface OrderUpdatedPayload {
  orderId: string;
  number: string;
  customerId: string;
  status: OrderStatus;
  previousStatus: OrderStatus;
  fulfillmentStatus: FulfillmentStatus;
  previousFulfillmentStatus: FulfillmentStatus;
  financialStatus: FinancialStatus;
  previousFinancialStatus: FinancialStatus;
  /** The order's number of status changes, 1 for the first change after creation. */
  version: number;
  reason: string | null;
  totalMinor: number;
  currencyCode: string;
  /** Added to v1, on the change to CONFIRMED only: what the customer's receipt shows. */
  confirmation?: OrderConfirmationFacts;
  /** Added to v1, on every change once the order has shipped: where the parcel is. */
  shipment?: { carrier: string; trackingNumber: string; shippedAt: string };
  /** Added to v1, on a change caused by a refund only: the refund itself (amounts in `currencyCode`). */
  refund?: { refundId: string; amountMinor: number; refundedTotalMinor: number };
  /** Added to v1: ai's fraud assessment of the order, once known (null before, and for history). */
  risk: { score: number; level: string; reasons: { code: string; message: string }[] } | null;
}

/** The order as confirmed: its lines as the customer saw them and the parts of its total. */
export interface OrderConfirmationFacts {
  lines: { sku: string; productName: string; quantity: number; unitPriceMinor: number }[];
  subtotalMinor: number;
  shippingMinor: number;
  taxMinor: number;
}

/** Facts order.updated carries only on some changes (see OrderUpdatedPayload). */
export type OrderUpdateExtras = Pick<OrderUpdatedPayload, 'confirmation' | 'refund'>;

interface CreatedOrder extends OrderStates {
  id: string;
  number: string;
  customerId: string;
  currencyCode: string;
  totalMinor: number;
  createdAt: string;
  lines: readonly { productId: string; variantId?: string | null; sku: string; quantity: number; unitPriceMinor: number }[];
  shippingAddress?: { country: string } | null;
}

/** The event announcing an order; it occurred when the order was placed, also for seeded history. */
export function orderCreated(
  order: CreatedOrder,
  source: OrderCreatedPayload['source'],
  payment?: OrderCreatedPayload['payment'],
): DomainEvent<OrderCreatedPayload> {
  const payload: OrderCreatedPayload = {
    orderId: order.id,
    number: order.number,
    customerId: order.customerId,
    currencyCode: order.currencyCode,
    totalMinor: order.totalMinor,
    createdAt: order.createdAt,
    lines: order.lines.map((l) => ({
      productId: l.productId,
      variantId: l.variantId ?? null,
      sku: l.sku,
      quantity: l.quantity,
      unitPriceMinor: l.unitPriceMinor,
    })),
    source,
    status: order.status,
    fulfillmentStatus: order.fulfillmentStatus,
    financialStatus: order.financialStatus,
    ...(payment ? { payment } : {}),
    ...(order.shippingAddress?.country ? { shippingCountry: order.shippingAddress.country } : {}),
  };
  return { ...newEvent(ORDER_CREATED, payload), occurredAt: order.createdAt };
}

interface UpdatedOrder extends OrderStates {
  id: string;
  number: string;
  customerId: string;
  version: number;
  totalMinor: number;
  currencyCode: string;
  updatedAt: string;
  carrier?: string | null;
  trackingNumber?: string | null;
  shippedAt?: string | null;
  risk?: { score: number; level: string; reasons: { code: string; message: string }[] } | null;
}

export function orderUpdated(
  order: UpdatedOrder,
  previous: OrderStates,
  reason: string | null,
  extras: OrderUpdateExtras = {},
): DomainEvent<OrderUpdatedPayload> {
  const payload: OrderUpdatedPayload = {
    orderId: order.id,
    number: order.number,
    customerId: order.customerId,
    status: order.status,
    previousStatus: previous.status,
    fulfillmentStatus: order.fulfillmentStatus,
    previousFulfillmentStatus: previous.fulfillmentStatus,
    financialStatus: order.financialStatus,
    previousFinancialStatus: previous.financialStatus,
    version: order.version,
    reason,
    totalMinor: order.totalMinor,
    currencyCode: order.currencyCode,
    ...(extras.confirmation ? { confirmation: extras.confirmation } : {}),
    ...(order.carrier && order.trackingNumber && order.shippedAt
      ? { shipment: { carrier: order.carrier, trackingNumber: order.trackingNumber, shippedAt: order.shippedAt } }
      : {}),
    ...(extras.refund ? { refund: extras.refund } : {}),
    risk: order.risk ? { score: order.risk.score, level: order.risk.level, reasons: order.risk.reasons } : null,
  };
  return { ...newEvent(ORDER_UPDATED, payload), occurredAt: order.updatedAt };
}
