export interface BreakerSettings {
  /** Consecutive failures that open the breaker. */
  failureThreshold: number;
  /** How long an open breaker fails fast before letting one probe through. */
  coolDownMs: number;
}

export const DEFAULT_BREAKER_SETTINGS: BreakerSettings = { failureThreshold: 5, coolDownMs: 10_000 };

export type BreakerState = 'closed' | 'open' | 'half-open';

/**
 * One subgraph's circuit breaker: closed → open after `failureThreshold` consecutive failures;
 * open fails fast (no fetch) until `coolDownMs` has passed, then half-open lets exactly one probe
 * through: its success closes the breaker, its failure opens it for another cool-down.
 */
export class CircuitBreaker {
  private state: BreakerState = 'closed';
  private failures = 0;
  private openedAt = 0;
  private probeInFlight = false;

  constructor(
    private readonly settings: BreakerSettings,
    private readonly now: () => number = Date.now,
  ) {}

  get current(): BreakerState {
    return this.state;
  }

  /** Whether a call may go ahead now (a half-open breaker admits a single probe). */
  tryAcquire(): boolean {
    if (this.state === 'closed') return true;
    if (this.state === 'open') {
      if (this.now() - this.openedAt < this.settings.coolDownMs) return false;
      this.state = 'half-open';
      this.probeInFlight = false;
    }
    if (this.probeInFlight) return false;
    this.probeInFlight = true;
    return true;
  }

  success(): void {
    this.state = 'closed';
    this.failures = 0;
    this.probeInFlight = false;
  }

  failure(): void {
    this.probeInFlight = false;
    if (this.state === 'half-open' || ++this.failures >= this.settings.failureThreshold) {
      this.state = 'open';
      this.openedAt = this.now();
    }
  }
}

/** One breaker per subgraph, shared by every data source that calls it (queries and subscription events). */
export class SubgraphBreakers {
  private readonly breakers = new Map<string, CircuitBreaker>();
  constructor(private readonly settings: BreakerSettings = DEFAULT_BREAKER_SETTINGS) {}

  of(subgraph: string): CircuitBreaker {
    let breaker = this.breakers.get(subgraph);
    if (!breaker) this.breakers.set(subgraph, (breaker = new CircuitBreaker(this.settings)));
    return breaker;
  }

  states(): Record<string, BreakerState> {
    return Object.fromEntries([...this.breakers].map(([name, b]) => [name, b.current]));
  }
}
