import { randomUUID } from 'node:crypto';
import type { Database } from '@shop/stores';
import { and, asc, eq, inArray, lte, or, sql } from 'drizzle-orm';
import { notifications, type UsersSchema } from './schema';

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotification = Pick<NotificationRow, 'eventId' | 'kind' | 'userId' | 'orderId' | 'recipient' | 'subject' | 'textBody' | 'htmlBody'>;

/** A notification taken for sending: only the holder of `claimId` may settle it. */
export type ClaimedNotification = NotificationRow & { claimId: string };

/** The notifications' own table: the record of what is owed, being sent and sent (docs/notifications.md). */
export interface NotificationStore {
  /** Records a notification once per event; false when the event already has one (a redelivery). */
  record(notification: NewNotification, now: Date): Promise<boolean>;
  /**
   * Claims up to `limit` notifications that are due (pending and past their next attempt, or
   * `sending` under a lease that ran out: its sender died) — state `sending`, a lease of
   * `leaseMs`, one more attempt. Replicas claim disjoint rows (SKIP LOCKED).
   */
  claimDue(now: Date, limit: number, leaseMs: number): Promise<ClaimedNotification[]>;
  /** Marks a claimed notification sent; false when the claim was lost meanwhile (the lease ran out). */
  markSent(claim: ClaimedNotification, at: Date): Promise<boolean>;
  /** Hands a claimed notification back for another try at `nextAttemptAt`. */
  markFailed(claim: ClaimedNotification, error: string, nextAttemptAt: Date): Promise<boolean>;
  /** Everything recorded, oldest first (tests, inspection). */
  list(): Promise<NotificationRow[]>;
  /** How many notifications are in each state (health). */
  countByState(): Promise<Record<NotificationRow['state'], number>>;
}

export function createNotificationStore(db: Database<UsersSchema>): NotificationStore {
  const settle = async (claim: ClaimedNotification, set: Partial<NotificationRow>) =>
    (
      await db
        .update(notifications)
        .set({ ...set, claimId: null, leaseUntil: null })
        .where(and(eq(notifications.eventId, claim.eventId), eq(notifications.claimId, claim.claimId), eq(notifications.state, 'sending')))
        .returning({ id: notifications.eventId })
    ).length > 0;

  return {
    async record(notification, now) {
      const inserted = await db
        .insert(notifications)
        .values({ ...notification, createdAt: now, nextAttemptAt: now })
        .onConflictDoNothing()
        .returning({ id: notifications.eventId });
      return inserted.length > 0;
    },

    async claimDue(now, limit, leaseMs) {
      const claimId = randomUUID();
      return db.transaction(async (tx) => {
        const due = await tx
          .select({ id: notifications.eventId })
          .from(notifications)
          .where(
            or(
              and(eq(notifications.state, 'pending'), lte(notifications.nextAttemptAt, now)),
              and(eq(notifications.state, 'sending'), lte(notifications.leaseUntil, now)),
            ),
          )
          .orderBy(asc(notifications.nextAttemptAt))
          .limit(limit)
          .for('update', { skipLocked: true });
        if (!due.length) return [];
        const claimed = await tx
          .update(notifications)
          .set({ state: 'sending', claimId, leaseUntil: new Date(now.getTime() + leaseMs), attempts: sql`${notifications.attempts} + 1` })
          .where(
            inArray(
              notifications.eventId,
              due.map((d) => d.id),
            ),
          )
          .returning();
        return claimed.map((row) => ({ ...row, claimId })).sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime());
      });
    },

    markSent: (claim, at) => settle(claim, { state: 'sent', sentAt: at, lastError: null }),

    markFailed: (claim, error, nextAttemptAt) => settle(claim, { state: 'pending', lastError: error.slice(0, 1000), nextAttemptAt }),

    list: () => db.select().from(notifications).orderBy(asc(notifications.createdAt), asc(notifications.eventId)),

    async countByState() {
      const rows = await db
        .select({ state: notifications.state, count: sql<number>`count(*)::int` })
        .from(notifications)
        .groupBy(notifications.state);
      const counts = { pending: 0, sending: 0, sent: 0 };
      for (const row of rows) counts[row.state] = Number(row.count);
      return counts;
    },
  };
}
