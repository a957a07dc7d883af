import { appendToOutbox, type Database } from '@shop/stores';
import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { RiskAssessment } from '../domain/risk/assess';
import type { CheckoutRecord } from '../domain/risk/features';
import { orderRiskAssessed } from '../events/risk-events';
import { outbox, riskAssessments, riskCheckouts, type AiSchema } from './schema';

export interface StoredRisk {
  orderId: string;
  score: number;
  level: RiskAssessment['level'];
  reasons: RiskAssessment['reasons'];
  assessedAt: string;
}

type Row = typeof riskCheckouts.$inferSelect;
const toRecord = (r: Row): CheckoutRecord => ({ ...r, at: Date.parse(r.at) });
const iso = (ms: number) => new Date(ms).toISOString();
/** A customer's attempts the features look at: the newest this many (months of a busy customer). */
const HISTORY_LIMIT = 500;

/**
 * Fraud scoring's store: the attempts learnt from events and the assessments made, with their
 * outbox event. Idempotent by order id (the primary keys), not by event id: the other ai features
 * record the same order.created in processed_events first.
 */
export function createRiskStore(db: Database<AiSchema>) {
  const insertCheckout = async (tx: Pick<Database<AiSchema>, 'insert'>, r: CheckoutRecord) =>
    (
      await tx
        .insert(riskCheckouts)
        .values({ ...r, at: iso(r.at) })
        .onConflictDoNothing()
        .returning({ orderId: riskCheckouts.orderId })
    ).length > 0;

  return {
    /** Records an attempt of the seeded history (or any order not to assess); false when it was known. */
    recordHistory: (r: CheckoutRecord) => insertCheckout(db, r),

    /**
     * Records a checkout and its assessment, and appends order.risk_assessed, in one transaction
     * once per order. `assess` gets the customer's earlier attempts. False when the order was assessed before.
     */
    recordAssessed: (r: CheckoutRecord, assess: (history: CheckoutRecord[]) => RiskAssessment) =>
      db.transaction(async (tx) => {
        const history = await tx
          .select()
          .from(riskCheckouts)
          .where(and(eq(riskCheckouts.customerId, r.customerId), lte(riskCheckouts.at, iso(r.at))))
          .orderBy(desc(riskCheckouts.at))
          .limit(HISTORY_LIMIT);
        const a = assess(history.map(toRecord));
        await insertCheckout(tx, r);
        const [stored] = await tx
          .insert(riskAssessments)
          .values({ orderId: r.orderId, customerId: r.customerId, score: a.score, level: a.level, reasons: a.reasons, anomaly: a.anomaly })
          .onConflictDoNothing()
          .returning();
        if (!stored) return false;
        await appendToOutbox(tx, outbox, [
          orderRiskAssessed({
            orderId: r.orderId,
            customerId: r.customerId,
            score: a.score,
            level: a.level,
            reasons: a.reasons.map(({ code, message }) => ({ code, message })),
            assessedAt: new Date(stored.assessedAt).toISOString(),
          }),
        ]);
        return true;
      }),

    /** A declined card makes the attempt a decline (card testing is many of them). */
    recordDeclined: async (orderId: string) => void (await db.update(riskCheckouts).set({ declined: true }).where(eq(riskCheckouts.orderId, orderId))),

    /** Every attempt, oldest first: the forest's training set. */
    all: async (): Promise<CheckoutRecord[]> => (await db.select().from(riskCheckouts).orderBy(asc(riskCheckouts.at))).map(toRecord),

    count: async (): Promise<number> => Number((await db.select({ n: sql<number>`count(*)` }).from(riskCheckouts))[0]?.n ?? 0),

    async assessments(orderIds: readonly string[]): Promise<StoredRisk[]> {
      if (!orderIds.length) return [];
      const rows = await db
        .select()
        .from(riskAssessments)
        .where(inArray(riskAssessments.orderId, [...orderIds]));
      return rows.map((r) => ({
        orderId: r.orderId,
        score: r.score,
        level: r.level as StoredRisk['level'],
        reasons: r.reasons,
        assessedAt: new Date(r.assessedAt).toISOString(),
      }));
    },
  };
}

export type RiskStore = ReturnType<typeof createRiskStore>;
