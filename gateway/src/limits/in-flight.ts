/**
 * Counts the operations this gateway process is working on. Past `max`, `tryAcquire` says no at
 * once: the caller answers 503 + Retry-After instead of queueing, so a burst costs the process
 * no more memory than `max` operations do and the clients that are served stay fast.
 */
export class InFlightLimit {
  private active = 0;

  constructor(readonly max: number) {}

  tryAcquire(): boolean {
    if (this.active >= this.max) return false;
    this.active++;
    return true;
  }

  release(): void {
    this.active = Math.max(0, this.active - 1);
  }

  get current(): number {
    return this.active;
  }
}

/** Seconds a shed client is asked to wait; short, since in-flight operations finish in milliseconds. */
export const SHED_RETRY_AFTER_SECONDS = 1;
