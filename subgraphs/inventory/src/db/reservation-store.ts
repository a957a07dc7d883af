import type { Database, DomainEvent } from '@shop/stores';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Allocation, Shortage } from '../domain/allocation';
import type { ReservationStatus, Settlement, SettlingOrderStatus } from '../domain/reservation';
import type { OrderToReserve } from '../events/order-events';
import { expireReservations } from './expire-reservations';
import { reserveStock } from './reserve-stock';
import { reservationLines, reservations, type InventorySchema } from './schema';
import { extendHold, type ExtendHoldOutcome } from './extend-hold';
import { settleReservation } from './settle-reservation';

export interface ReserveRequest {
  /** The order.created event that asks for it; handled once. */
  event: DomainEvent;
  order: OrderToReserve;
  now: Date;
  ttlSeconds: number;
}

export type ReserveOutcome =
  | { kind: 'reserved'; reservationId: string; expiresAt: string; allocations: Allocation[] }
  | { kind: 'failed'; shortages: Shortage[] }
  /** The event was handled before, or the order already holds a reservation: nothing changed. */
  | { kind: 'duplicate' };

export interface SettleRequest {
  /** The order.updated event that asks for it; handled once. */
  event: DomainEvent;
  orderId: string;
  orderStatus: SettlingOrderStatus;
}

export type SettleOutcome =
  | { kind: 'settled'; action: Exclude<Settlement['action'], 'none'>; reservationId: string }
  /** `oversold`: a paid order's lapsed reservation could not be filled again from stock. */
  | { kind: 'unchanged'; why: string; reservationId?: string; oversold?: boolean };

/** A reservation as the API shows it; times are ISO-8601. */
export interface ReservationView {
  id: string;
  orderId: string;
  status: ReservationStatus;
  expiresAt: string;
  createdAt: string;
  updatedAt: string;
  allocations: Allocation[];
}

/**
 * The reservation side of the inventory store: the checkout saga's stock steps. Every write is one
 * transaction with its outbox events (and, for event-driven ones, the processed-event record).
 */
export interface ReservationStore {
  /** Holds every line of a checkout order, all or nothing; stock is never promised twice. */
  reserve(request: ReserveRequest): Promise<ReserveOutcome>;
  /** Commits, releases or restocks the order's reservation as its new status asks. */
  settle(request: SettleRequest): Promise<SettleOutcome>;
  /** Keeps an ON_HOLD order's stock until `until` (fraud review). */
  extendHold(request: { event: DomainEvent; orderId: string; until: Date }): Promise<ExtendHoldOutcome>;
  /** Releases up to `limit` active reservations due at `now`; returns how many. */
  expireDue(now: Date, limit: number): Promise<number>;
  /** One query per batch (reservations joined to their lines). */
  reservationsByOrderIds(orderIds: readonly string[]): Promise<ReservationView[]>;
}

const iso = (timestamp: string) => new Date(timestamp).toISOString();

export function createReservationStore(db: Database<InventorySchema>): ReservationStore {
  return {
    reserve: (request) => reserveStock(db, request),
    settle: (request) => settleReservation(db, request),
    extendHold: (request) => extendHold(db, request),
    expireDue: (now, limit) => expireReservations(db, now, limit),
    async reservationsByOrderIds(orderIds) {
      if (!orderIds.length) return [];
      const rows = await db
        .select({ reservation: reservations, line: reservationLines })
        .from(reservations)
        .leftJoin(reservationLines, eq(reservationLines.reservationId, reservations.id))
        .where(inArray(reservations.orderId, [...orderIds]))
        .orderBy(asc(reservations.orderId), asc(reservationLines.variantId), asc(reservationLines.warehouseId));
      const views = new Map<string, ReservationView>();
      for (const { reservation: r, line } of rows) {
        const view = views.get(r.id) ?? {
          id: r.id,
          orderId: r.orderId,
          status: r.status,
          expiresAt: iso(r.expiresAt),
          createdAt: iso(r.createdAt),
          updatedAt: iso(r.updatedAt),
          allocations: [],
        };
        if (line) view.allocations.push({ variantId: line.variantId, warehouseId: line.warehouseId, quantity: line.quantity });
        views.set(r.id, view);
      }
      return [...views.values()];
    },
  };
}
