import type { Logger } from '@shop/kit';
import type { EventBus } from './events';
import { aboutOrders, republishFromOutbox, type OutboxTable } from './outbox';
import type { Database } from './pg';
import { deferSweep, redriveDue, redriveForgotten, type RedrivePolicy, type RedriveRecord } from './redrive-policy';

export interface RedriveOptions extends RedrivePolicy {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Database<any>;
  table: OutboxTable;
  bus: EventBus;
  logger: Logger;
  /** What is stalled: ids of orders whose saga step has waited since before `staleBefore`. */
  stalled: (staleBefore: Date, limit: number) => Promise<string[]>;
  /** Pause between sweeps (default deadline / 2). */
  intervalMs?: number;
  /** Names the sweeper in its log lines. */
  what: string;
}

/**
 * The re-drive loop a saga participant runs so that no step depends on one delivery: every
 * `intervalMs` it asks which orders are stalled past their deadline and publishes again, with their
 * ids, its outbox rows about them (consumers deduplicate; see docs/faults.md for who answers what).
 * Each order backs off exponentially, and sweeps wait while the bus is still busy delivering
 * (redrive-policy.ts): a late event is not a lost one.
 */
export function startRedriveLoop(options: RedriveOptions) {
  const redriven = new Map<string, RedriveRecord>();
  let running: Promise<number> | null = null;
  let deferredInARow = 0;

  async function sweepOnce(): Promise<number> {
    const now = Date.now();
    for (const [id, record] of redriven) if (redriveForgotten(options, record, now)) redriven.delete(id);
    const backlog = await options.bus.backlog().then(
      (b) => b.pending,
      () => null,
    );
    if (deferSweep(options, backlog, deferredInARow)) {
      if (deferredInARow++ === 0) options.logger.info(`re-drive of ${options.what} deferred while the bus catches up`, { backlog });
      return 0;
    }
    deferredInARow = 0;
    const due = (await options.stalled(new Date(now - options.deadlineMs), 100)).filter((id) => redriveDue(options, redriven.get(id), now));
    if (!due.length) return 0;
    const events = await republishFromOutbox(options.db, options.table, options.bus, aboutOrders(options.table, due));
    for (const id of due) redriven.set(id, { at: now, attempts: (redriven.get(id)?.attempts ?? 0) + 1 });
    options.logger.warn(`re-driving ${options.what} past their step deadline`, { orders: due.length, events, backlog });
    return due.length;
  }

  const sweep = () =>
    (running ??= sweepOnce()
      .catch((error: unknown) => {
        options.logger.error(`re-drive of ${options.what} failed; will retry`, { error });
        return 0;
      })
      .finally(() => (running = null)));
  const timer = setInterval(() => void sweep(), options.intervalMs ?? Math.max(250, Math.floor(options.deadlineMs / 2)));
  timer.unref();

  return {
    /** Runs a sweep now (or joins the running one); resolves with how many orders it re-drove. */
    sweep,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

/** Default step deadline of the re-drive loops (SAGA_STEP_DEADLINE_MS). */
export const DEFAULT_SAGA_STEP_DEADLINE_MS = 30_000;
