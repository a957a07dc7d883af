import { handleOnce, resultRows, type Database, type DomainEvent } from '@shop/stores';
import { sql } from 'drizzle-orm';
import { purchasesFromOrder, type Purchase, type PurchasedOrder } from '../domain/purchases';
import { coPurchasedQuery, forUsersQuery, popularQuery, type ScoredRow, type UserScoredRow } from './recommendation-queries';
import { processedEvents, productStats, purchases, type AiSchema } from './schema';

export type { ScoredRow } from './recommendation-queries';

export interface PopularRow {
  productId: string;
  orders: number;
  units: number;
}

export interface UserRecommendationRows {
  /** Ranked per user (sourceId is the user id), at most `limit` each. */
  recommended: ScoredRow[];
  /** Every product each user has bought. */
  owned: { userId: string; productId: string }[];
}

/** What the recommendation features need from the purchase history. */
export interface RecommendationStore {
  /**
   * Records the purchases of an `order.created` event once: a redelivered event (same id) or a
   * second event for an already recorded order changes nothing. Returns false for a duplicate event.
   */
  recordOrder(event: DomainEvent<PurchasedOrder>): Promise<boolean>;
  /** For each product: co-purchased products ranked by score, at most `limit` each; one query. */
  coPurchased(productIds: readonly string[], limit: number): Promise<ScoredRow[]>;
  /** For each user: products co-purchased with theirs, without what they own; one query. */
  forUsers(userIds: readonly string[], limit: number): Promise<UserRecommendationRows>;
  /** The most purchased products overall. */
  popular(limit: number): Promise<PopularRow[]>;
  /** Number of recorded (order, product) purchases. */
  purchaseCount(): Promise<number>;
}

type Tx = Parameters<Parameters<Database<AiSchema>['transaction']>[0]>[0];

/**
 * Inserts purchases and keeps product_stats in step, inside the caller's transaction. Only rows
 * that were really inserted count towards the stats, which makes a repeated order harmless.
 */
export async function recordPurchases(tx: Tx | Database<AiSchema>, rows: readonly Purchase[]): Promise<number> {
  if (!rows.length) return 0;
  const inserted = await tx
    .insert(purchases)
    .values([...rows])
    .onConflictDoNothing()
    .returning({ productId: purchases.productId, quantity: purchases.quantity });
  if (!inserted.length) return 0;
  // Sorted so that concurrent consumers lock stats rows in one order.
  const stats = inserted.sort((a, b) => (a.productId < b.productId ? -1 : 1)).map((r) => ({ productId: r.productId, orders: 1, units: r.quantity }));
  await tx
    .insert(productStats)
    .values(stats)
    .onConflictDoUpdate({
      target: productStats.productId,
      set: { orders: sql`${productStats.orders} + excluded.orders`, units: sql`${productStats.units} + excluded.units` },
    });
  return inserted.length;
}

export function createRecommendationStore(db: Database<AiSchema>): RecommendationStore {
  return {
    recordOrder: (event) => handleOnce(db, processedEvents, event, async (tx) => void (await recordPurchases(tx, purchasesFromOrder(event.payload)))),

    async coPurchased(productIds, limit) {
      if (!productIds.length || limit <= 0) return [];
      return resultRows<ScoredRow>(await db.execute(coPurchasedQuery(productIds, limit)));
    },

    async forUsers(userIds, limit) {
      if (!userIds.length) return { recommended: [], owned: [] };
      const rows = resultRows<UserScoredRow>(await db.execute(forUsersQuery(userIds, Math.max(0, limit))));
      return {
        recommended: rows.filter((r) => r.kind === 'recommended').map(({ kind: _kind, ...row }) => row),
        owned: rows.filter((r) => r.kind === 'owned').map((r) => ({ userId: r.sourceId, productId: r.productId })),
      };
    },

    async popular(limit) {
      if (limit <= 0) return [];
      return resultRows<PopularRow>(await db.execute(popularQuery(limit)));
    },

    purchaseCount: () => db.$count(purchases),
  };
}
