import { randomUUID } from 'node:crypto';
import type { Database } from '@shop/stores';
import { and, asc, desc, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { AttemptVerdict } from '../domain/webhook-retry';
import type { UsersSchema } from './schema';
import { webhookAttempts, webhookDeliveries, webhooks } from './webhook-schema';

export type WebhookRow = typeof webhooks.$inferSelect;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;
export type AttemptRow = typeof webhookAttempts.$inferSelect;
export type DeliveryStatus = DeliveryRow['status'];
export type NewWebhook = Omit<WebhookRow, 'enabled' | 'disabledReason' | 'disabledAt' | 'consecutiveFailures'>;
export type NewDelivery = Pick<DeliveryRow, 'webhookId' | 'eventId' | 'eventType' | 'occurredAt' | 'root'>;
export type ClaimedDelivery = DeliveryRow & { webhook: WebhookRow };

export interface AttemptRecord {
  deliveryId: string;
  webhookId: string;
  at: Date;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
  verdict: AttemptVerdict;
}

/** What webhook registration and delivery need from the store. */
export interface WebhookStore {
  create(webhook: NewWebhook): Promise<WebhookRow>;
  list(): Promise<WebhookRow[]>;
  find(id: string): Promise<WebhookRow | undefined>;
  /** Enabled webhooks created at or before `at` (an event only goes to webhooks that existed when it occurred). */
  enabledAt(at: Date): Promise<WebhookRow[]>;
  setEnabled(id: string, enabled: boolean, reason: string | null, now: Date): Promise<WebhookRow | undefined>;
  /** Inserts deliveries; one per (webhook, event) ever, so replays of an event add nothing. Returns how many are new. */
  enqueue(deliveries: NewDelivery[], now: Date): Promise<number>;
  /**
   * Takes up to `limit` due PENDING deliveries of enabled webhooks, pushing their due time to
   * `now + leaseMs` in the same statement (SKIP LOCKED): replicas never take the same one, and a
   * process that dies mid-attempt leaves it to be retried when the lease ends.
   */
  claimDue(now: Date, leaseMs: number, limit: number): Promise<ClaimedDelivery[]>;
  setPayload(deliveryId: string, payload: string): Promise<void>;
  /** Logs one attempt and applies its verdict; returns the webhook's failures in a row afterwards. */
  recordAttempt(attempt: AttemptRecord): Promise<number>;
  /** Makes a delivery due now again (whatever its state): manual redelivery. */
  redeliver(deliveryId: string, now: Date): Promise<DeliveryRow | undefined>;
  deliveries(filter: { webhookId?: string; status?: DeliveryStatus; before?: { createdAt: Date; id: string } }, limit: number): Promise<DeliveryRow[]>;
  findDelivery(id: string): Promise<DeliveryRow | undefined>;
  attemptsOf(deliveryIds: readonly string[]): Promise<AttemptRow[]>;
}

export function createWebhookStore(db: Database<UsersSchema>): WebhookStore {
  return {
    async create(webhook) {
      const [row] = await db.insert(webhooks).values(webhook).returning();
      return row!;
    },
    list: () => db.select().from(webhooks).orderBy(asc(webhooks.createdAt), asc(webhooks.id)),
    async find(id) {
      const [row] = await db.select().from(webhooks).where(eq(webhooks.id, id));
      return row;
    },
    enabledAt: (at) =>
      db
        .select()
        .from(webhooks)
        .where(and(eq(webhooks.enabled, true), lte(webhooks.createdAt, at))),
    async setEnabled(id, enabled, reason, now) {
      const [row] = await db
        .update(webhooks)
        .set(enabled ? { enabled, disabledReason: null, disabledAt: null, consecutiveFailures: 0 } : { enabled, disabledReason: reason, disabledAt: now })
        .where(eq(webhooks.id, id))
        .returning();
      return row;
    },
    async enqueue(deliveries, now) {
      if (!deliveries.length) return 0;
      const rows = deliveries.map((d) => ({ ...d, id: randomUUID(), status: 'PENDING' as const, nextAttemptAt: now, createdAt: now }));
      const inserted = await db.insert(webhookDeliveries).values(rows).onConflictDoNothing().returning({ id: webhookDeliveries.id });
      return inserted.length;
    },
    async claimDue(now, leaseMs, limit) {
      const enabled = db.select({ id: webhooks.id }).from(webhooks).where(eq(webhooks.enabled, true));
      const due = db
        .select({ id: webhookDeliveries.id })
        .from(webhookDeliveries)
        .where(and(eq(webhookDeliveries.status, 'PENDING'), lte(webhookDeliveries.nextAttemptAt, now), inArray(webhookDeliveries.webhookId, enabled)))
        .orderBy(asc(webhookDeliveries.nextAttemptAt))
        .limit(limit)
        .for('update', { skipLocked: true });
      const claimed = await db
        .update(webhookDeliveries)
        .set({ nextAttemptAt: new Date(now.getTime() + leaseMs) })
        .where(inArray(webhookDeliveries.id, due))
        .returning();
      if (!claimed.length) return [];
      const owners = await db
        .select()
        .from(webhooks)
        .where(inArray(webhooks.id, [...new Set(claimed.map((d) => d.webhookId))]));
      const byId = new Map(owners.map((w) => [w.id, w]));
      return claimed.filter((d) => byId.has(d.webhookId)).map((d) => ({ ...d, webhook: byId.get(d.webhookId)! }));
    },
    async setPayload(deliveryId, payload) {
      await db.update(webhookDeliveries).set({ payload }).where(eq(webhookDeliveries.id, deliveryId));
    },
    recordAttempt: (a) =>
      db.transaction(async (tx) => {
        const [delivery] = await tx
          .update(webhookDeliveries)
          .set({
            attemptCount: sql`${webhookDeliveries.attemptCount} + 1`,
            status: a.verdict.status,
            ...(a.verdict.status === 'PENDING' ? { nextAttemptAt: a.verdict.nextAttemptAt } : {}),
            ...(a.verdict.status === 'DELIVERED' ? { deliveredAt: a.at } : {}),
          })
          .where(eq(webhookDeliveries.id, a.deliveryId))
          .returning({ attemptCount: webhookDeliveries.attemptCount });
        await tx.insert(webhookAttempts).values({
          id: randomUUID(),
          deliveryId: a.deliveryId,
          number: delivery?.attemptCount ?? 1,
          at: a.at,
          durationMs: a.durationMs,
          statusCode: a.statusCode,
          error: a.error,
        });
        const [webhook] = await tx
          .update(webhooks)
          .set({ consecutiveFailures: a.verdict.status === 'DELIVERED' ? 0 : sql`${webhooks.consecutiveFailures} + 1` })
          .where(eq(webhooks.id, a.webhookId))
          .returning({ consecutiveFailures: webhooks.consecutiveFailures });
        return webhook?.consecutiveFailures ?? 0;
      }),
    async redeliver(deliveryId, now) {
      const [row] = await db.update(webhookDeliveries).set({ status: 'PENDING', nextAttemptAt: now }).where(eq(webhookDeliveries.id, deliveryId)).returning();
      return row;
    },
    deliveries: ({ webhookId, status, before }, limit) =>
      db
        .select()
        .from(webhookDeliveries)
        .where(
          and(
            webhookId ? eq(webhookDeliveries.webhookId, webhookId) : undefined,
            status ? eq(webhookDeliveries.status, status) : undefined,
            before
              ? or(
                  lt(webhookDeliveries.createdAt, before.createdAt),
                  and(eq(webhookDeliveries.createdAt, before.createdAt), lt(webhookDeliveries.id, before.id)),
                )
              : undefined,
          ),
        )
        .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
        .limit(limit),
    async findDelivery(id) {
      const [row] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id));
      return row;
    },
    attemptsOf: (ids) =>
      ids.length
        ? db
            .select()
            .from(webhookAttempts)
            .where(inArray(webhookAttempts.deliveryId, [...ids]))
            .orderBy(asc(webhookAttempts.number))
        : Promise.resolve([]),
  };
}
