/**
 * The platform events a webhook can follow: each public Subscription field a webhook document may
 * select, the bus events that feed it, and which of them one subscription's arguments match. The
 * root value is the event as the owning subgraph's subscription resolvers receive it from pub/sub
 * (the event's payload and when it occurred), so a webhook payload is what a live subscriber of the
 * same document would have received.
 */
export interface WebhookEventSource {
  eventTypes: readonly string[];
  /** Arguments the field may be given in a webhook document (literals only). */
  allowedArgs: readonly string[];
  matches(args: Record<string, unknown>, payload: Record<string, unknown>): boolean;
}

export const WEBHOOK_EVENT_SOURCES: Record<string, WebhookEventSource> = {
  ordersUpdated: { eventTypes: ['order.updated'], allowedArgs: [], matches: () => true },
  orderUpdated: { eventTypes: ['order.updated'], allowedArgs: ['orderId'], matches: (args, p) => p.orderId === args.orderId },
  inventoryChanged: {
    eventTypes: ['inventory.stock_changed'],
    allowedArgs: ['productIds'],
    matches: (args, p) => !Array.isArray(args.productIds) || args.productIds.includes(p.productId),
  },
  lowStockAlerts: { eventTypes: ['inventory.low_stock'], allowedArgs: [], matches: () => true },
};

/** Every bus event type some webhook could want: the dispatcher's consumer group subscribes to these. */
export const WEBHOOK_EVENT_TYPES = [...new Set(Object.values(WEBHOOK_EVENT_SOURCES).flatMap((s) => s.eventTypes))];

export interface BusEventLike {
  type: string;
  occurredAt: string;
  payload: unknown;
}

/** Whether a webhook following `field(args)` receives this event. */
export function webhookWants(field: string, args: Record<string, unknown>, event: BusEventLike): boolean {
  const source = WEBHOOK_EVENT_SOURCES[field];
  if (!source || !source.eventTypes.includes(event.type)) return false;
  const payload = (event.payload ?? {}) as Record<string, unknown>;
  return source.matches(args, payload);
}

/** The root value the subscription's selection runs on. */
export const eventRoot = (event: BusEventLike): Record<string, unknown> => ({ ...(event.payload as Record<string, unknown>), occurredAt: event.occurredAt });
