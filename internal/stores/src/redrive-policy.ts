/**
 * When the re-drive loops (redrive.ts) publish a stalled saga's events again. A re-drive is for
 * events that were lost; an event that is merely late (a consumer catching up after a pause) is
 * still on the bus, and publishing its saga again only adds work for the very consumer that is
 * behind — under a backlog, re-drives and their answers can outgrow the traffic they were meant to
 * rescue. So each order is re-driven with exponential backoff, and a sweep waits while the bus
 * still holds many events not yet handled, but never waits forever (a group that is never read
 * must not switch the safety net off).
 */
export interface RedrivePolicy {
  /** The saga step's deadline: the first re-drive comes this long after the step stalled. */
  deadlineMs: number;
  /** The longest pause between two re-drives of one order (default 16 deadlines). */
  maxBackoffMs?: number;
  /** A sweep is deferred while more events than this wait to be handled (default 100). */
  maxBacklog?: number;
  /** Consecutive sweeps that may be deferred before one runs anyway (default 8). */
  maxDeferrals?: number;
}

export interface RedriveRecord {
  /** When the order was last re-driven. */
  at: number;
  /** How many times it was re-driven. */
  attempts: number;
}

/** The pause after the `attempts`-th re-drive of an order: the deadline, doubled each time, capped. */
export function redriveBackoffMs(policy: RedrivePolicy, attempts: number): number {
  const cap = policy.maxBackoffMs ?? policy.deadlineMs * 16;
  return Math.min(cap, policy.deadlineMs * 2 ** Math.max(0, attempts - 1));
}

/** Whether a stalled order is due for a re-drive now (never re-driven yet: due). */
export function redriveDue(policy: RedrivePolicy, record: RedriveRecord | undefined, now: number): boolean {
  return !record || now - record.at >= redriveBackoffMs(policy, record.attempts);
}

/** Whether a record can be forgotten: it is older than any backoff (the order settled, or will start over). */
export function redriveForgotten(policy: RedrivePolicy, record: RedriveRecord, now: number): boolean {
  return now - record.at >= 2 * redriveBackoffMs(policy, Number.POSITIVE_INFINITY);
}

/** Whether this sweep should wait for the bus to drain, given the backlog and the sweeps deferred in a row. */
export function deferSweep(policy: RedrivePolicy, backlog: number | null, deferredInARow: number): boolean {
  if (backlog === null) return false;
  return backlog > (policy.maxBacklog ?? 100) && deferredInARow < (policy.maxDeferrals ?? 8);
}
