import { newEvent, type DomainEvent } from '@shop/stores';

/** Payload of `order.created` v1, as the common contract defines it. */
export interface OrderCreatedPayload {
  orderId: string;
  number: string;
  customerId: string;
  currencyCode: string;
  totalMinor: number;
  createdAt: string;
  lines: { productId: string; variantId: string | null; sku: string; quantity: number; unitPriceMinor: number }[];
}

export const ORDER_CREATED = 'order.created';

interface CreatedOrder {
  id: string;
  number: string;
  customerId: string;
  currencyCode: string;
  totalMinor: number;
  createdAt: string;
  lines: readonly { productId: string; variantId?: string | null; sku: string; quantity: number; unitPriceMinor: number }[];
}

/** The event announcing an order; it occurred when the order was placed, also for seeded history. */
export function orderCreated(order: CreatedOrder): DomainEvent<OrderCreatedPayload> {
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
  };
  return { ...newEvent(ORDER_CREATED, payload), occurredAt: order.createdAt };
}
