import type { DomainEvent } from '@shop/stores';
import type { OrderLineDemand } from '../domain/allocation';
import { isSettlingOrderStatus, type SettlingOrderStatus } from '../domain/reservation';

/**
 * The orders events inventory consumes (v1, docs/commerce-flow.md), reduced to the fields it reads.
 * Inventory keeps its own copy of these shapes: subgraphs never import each other.
 */
export const ORDER_CREATED = 'order.created';
export const ORDER_UPDATED = 'order.updated';

/** A checkout order whose lines must be reserved. */
export interface OrderToReserve {
  orderId: string;
  lines: OrderLineDemand[];
}

/** An order status change inventory settles a reservation on. */
export interface OrderSettlement {
  orderId: string;
  status: SettlingOrderStatus;
}

/** Not for inventory: seeded history, a status it does not act on. Skipped without a trace. */
export type Ignored = { ignored: string };
/** Cannot be read; logged and skipped, since retrying will not make it readable. */
export type Invalid = { invalid: string };

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function readOrderCreated(event: DomainEvent): OrderToReserve | Ignored | Invalid {
  if (event.version !== 1) return { invalid: `unsupported version ${event.version}` };
  const p = event.payload;
  if (!isRecord(p) || !isText(p.orderId)) return { invalid: 'orderId is required' };
  // Seeded history (and events from before `source` existed) settled its stock long ago.
  if (p.source !== 'checkout') return { ignored: `source ${String(p.source ?? 'unset')}` };
  if (!Array.isArray(p.lines) || !p.lines.length) return { invalid: 'a checkout order needs lines' };
  const lines: OrderLineDemand[] = [];
  for (const line of p.lines as unknown[]) {
    if (!isRecord(line) || !isText(line.variantId)) return { invalid: 'a checkout line lacks its variantId' };
    if (!Number.isInteger(line.quantity) || (line.quantity as number) < 1) return { invalid: 'a line quantity is not a positive integer' };
    lines.push({ variantId: line.variantId, quantity: line.quantity as number });
  }
  return { orderId: p.orderId, lines };
}

/** The order is held for fraud review: its reservation is kept for the review window. */
export interface OrderHeld {
  orderId: string;
  status: 'ON_HOLD';
}

export function readOrderUpdated(event: DomainEvent): OrderSettlement | OrderHeld | Ignored | Invalid {
  if (event.version !== 1) return { invalid: `unsupported version ${event.version}` };
  const p = event.payload;
  if (!isRecord(p) || !isText(p.orderId) || !isText(p.status)) return { invalid: 'orderId and status are required' };
  if (p.status === 'ON_HOLD' && p.previousStatus !== 'ON_HOLD') return { orderId: p.orderId, status: 'ON_HOLD' };
  if (!isSettlingOrderStatus(p.status)) return { ignored: `status ${p.status}` };
  // A change of the order's money or goods alone (a refund) repeats the status it did not change.
  if (p.previousStatus === p.status) return { ignored: `status still ${p.status}` };
  return { orderId: p.orderId, status: p.status };
}
