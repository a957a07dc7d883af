/** How deliveries are retried and when an endpoint counts as broken (WEBHOOK_* settings). */
export interface WebhookRetryPolicy {
  /** Attempts per delivery, the first included; then the delivery is dead-lettered (DEAD). */
  maxAttempts: number;
  /** Delay before the second attempt; doubles each time. */
  baseDelayMs: number;
  /** No delay is longer than this. */
  maxDelayMs: number;
  /** Failed attempts in a row (over every delivery of a webhook) after which it is disabled. */
  disableAfterFailures: number;
}

export const DEFAULT_RETRY_POLICY: WebhookRetryPolicy = { maxAttempts: 8, baseDelayMs: 10_000, maxDelayMs: 3_600_000, disableAfterFailures: 25 };

/**
 * Delay after the `attempt`-th failure: exponential (base · 2^(attempt-1)), capped, with "equal
 * jitter" (half fixed, half random) so that endpoints coming back are not hit by every retry at
 * once while the delay still grows.
 */
export function retryDelayMs(attempt: number, policy: Pick<WebhookRetryPolicy, 'baseDelayMs' | 'maxDelayMs'>, random: () => number = Math.random): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential / 2 + (exponential / 2) * random());
}

export type AttemptVerdict = { status: 'DELIVERED' } | { status: 'PENDING'; nextAttemptAt: Date } | { status: 'DEAD' };

/** What becomes of a delivery after its `attempt`-th attempt (1-based). */
export function afterAttempt(ok: boolean, attempt: number, now: Date, policy: WebhookRetryPolicy, random?: () => number): AttemptVerdict {
  if (ok) return { status: 'DELIVERED' };
  if (attempt >= policy.maxAttempts) return { status: 'DEAD' };
  return { status: 'PENDING', nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempt, policy, random)) };
}

/** Whether a webhook with this many failures in a row is to be disabled now. */
export const shouldDisable = (consecutiveFailures: number, policy: Pick<WebhookRetryPolicy, 'disableAfterFailures'>) =>
  consecutiveFailures >= policy.disableAfterFailures;
