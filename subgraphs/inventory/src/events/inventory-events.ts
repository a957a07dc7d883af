import { newEvent, type DomainEvent } from '@shop/stores';
import { inventorySummary } from '../domain/availability';
import type { Allocation, Shortage } from '../domain/allocation';
import type { ReleaseReason } from '../domain/reservation';

/** What inventory announces to other subgraphs (v1 payloads, as docs/commerce-flow.md defines them). */
export const STOCK_CHANGED = 'inventory.stock_changed';
export const LOW_STOCK = 'inventory.low_stock';
export const RESERVED = 'inventory.reserved';
export const RESERVATION_FAILED = 'inventory.reservation_failed';
export const RELEASED = 'inventory.released';
export const HOLD_EXTENDED = 'inventory.hold_extended';

/** `inventory.hold_extended` v1: an order held for review keeps its stock until `expiresAt`. */
export interface HoldExtendedPayload {
  orderId: string;
  reservationId: string;
  expiresAt: string;
}

export const holdExtended = (payload: HoldExtendedPayload): DomainEvent<HoldExtendedPayload> => newEvent(HOLD_EXTENDED, { ...payload });

export interface VariantAvailability {
  variantId: string;
  available: number;
}

export interface StockChangedPayload {
  productId: string;
  /** Sum over the product's variants and warehouses of on hand minus reserved; never negative. */
  available: number;
  inStock: boolean;
  /** Every variant of the product with stock records, with its total over all warehouses. */
  variants: VariantAvailability[];
}

export interface LowStockPayload {
  productId: string;
  variantId: string;
  warehouseId: string;
  available: number;
  threshold: number;
}

export interface ReservedPayload {
  orderId: string;
  reservationId: string;
  expiresAt: string;
  allocations: Allocation[];
}

export interface ReservationFailedPayload {
  orderId: string;
  reason: 'OUT_OF_STOCK';
  shortages: Shortage[];
}

export interface ReleasedPayload {
  orderId: string;
  reservationId: string;
  reason: ReleaseReason;
}

export function stockChanged(productId: string, variants: readonly VariantAvailability[]): DomainEvent<StockChangedPayload> {
  const clamped = [...variants]
    .map((v) => ({ variantId: v.variantId, available: Math.max(0, v.available) }))
    .sort((a, b) => (a.variantId < b.variantId ? -1 : a.variantId > b.variantId ? 1 : 0));
  const summary = inventorySummary(
    { kind: 'product', id: productId },
    clamped.reduce((sum, v) => sum + v.available, 0),
  );
  return newEvent(STOCK_CHANGED, { productId, available: summary.available, inStock: summary.inStock, variants: clamped });
}

export function lowStock(payload: LowStockPayload): DomainEvent<LowStockPayload> {
  return newEvent(LOW_STOCK, payload);
}

export function reserved(payload: ReservedPayload): DomainEvent<ReservedPayload> {
  const allocations = payload.allocations.map(({ variantId, warehouseId, quantity }) => ({ variantId, warehouseId, quantity }));
  return newEvent(RESERVED, { orderId: payload.orderId, reservationId: payload.reservationId, expiresAt: payload.expiresAt, allocations });
}

export function reservationFailed(orderId: string, shortages: readonly Shortage[]): DomainEvent<ReservationFailedPayload> {
  const listed = shortages.map(({ variantId, requested, available }) => ({ variantId, requested, available: Math.max(0, available) }));
  return newEvent(RESERVATION_FAILED, { orderId, reason: 'OUT_OF_STOCK', shortages: listed });
}

export function released(payload: ReleasedPayload): DomainEvent<ReleasedPayload> {
  return newEvent(RELEASED, { orderId: payload.orderId, reservationId: payload.reservationId, reason: payload.reason });
}
