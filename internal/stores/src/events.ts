import { randomUUID } from 'node:crypto';
import type { Logger } from '@shop/kit';
import { emptyStats, type DeliveryStats } from './delivery-stats';

/** A fact one subgraph announces to the others. */
export interface DomainEvent<P = unknown> {
  id: string;
  type: string;
  version: number;
  occurredAt: string;
  payload: P;
}

export function newEvent<P>(type: string, payload: P, version = 1): DomainEvent<P> {
  return { id: randomUUID(), type, version, occurredAt: new Date().toISOString(), payload };
}

export type EventHandler = (event: DomainEvent) => Promise<void>;

/** A subgraph's handlers by event type. */
export type EventHandlers = Record<string, EventHandler>;

export interface EventSubscription {
  stop(): Promise<void>;
}

/**
 * An append-only log with consumer groups: a new group starts from the beginning of the log, each
 * event is handled by one member of a group, and delivery is at least once (consumers are
 * idempotent).
 */
export interface EventBus {
  publish(events: DomainEvent[]): Promise<void>;
  subscribe(group: string, handler: EventHandler, options?: { types?: string[] }): Promise<EventSubscription>;
  /** How many events were published, and how many are not yet handled by every group (health, tests). */
  backlog(): Promise<{ published: number; pending: number }>;
  /** This process's delivery counters and the number of dead letters kept, null when unknown (health, metrics). */
  stats(): Promise<DeliveryStats & { deadLetterStream: number | null }>;
  /** Throws when the bus cannot be reached (health). */
  ping(): Promise<void>;
  /**
   * An id of the bus's current contents: it changes when the bus lost what it held (a Redis
   * restarted without persistence), so that outbox relays publish their recent rows again.
   */
  generation(): Promise<string>;
  /**
   * A time (ms since the epoch, by the bus's clock) before which every event on the bus has been
   * handled by every group, or null when unknown. What a relay must publish again after the bus
   * lost its data is what came after it.
   */
  handledThrough(): Promise<number | null>;
  close(): Promise<void>;
}

const MAX_ATTEMPTS = 5;

/** The in-process bus used when REDIS_URL is not set: same semantics, one process. */
export class InMemoryEventBus implements EventBus {
  private readonly log: DomainEvent[] = [];
  private readonly groups = new Map<string, { offset: number; handlers: { handler: EventHandler; types?: Set<string> }[]; draining: Promise<void> | null }>();
  private readonly delivery = emptyStats();
  /** Events whose handler kept failing, kept (not dropped) for inspection, like Redis's `<stream>:dlq`. */
  readonly deadLetters: { group: string; event: DomainEvent; error: string }[] = [];

  constructor(private readonly logger?: Logger) {}

  async publish(events: DomainEvent[]): Promise<void> {
    this.log.push(...events.map((e) => structuredClone(e)));
    for (const name of this.groups.keys()) this.drain(name);
  }

  async subscribe(group: string, handler: EventHandler, options: { types?: string[] } = {}): Promise<EventSubscription> {
    let state = this.groups.get(group);
    if (!state) {
      state = { offset: 0, handlers: [], draining: null };
      this.groups.set(group, state);
    }
    const entry = { handler, types: options.types ? new Set(options.types) : undefined };
    state.handlers.push(entry);
    this.drain(group);
    return {
      stop: async () => {
        state.handlers = state.handlers.filter((h) => h !== entry);
        await state.draining;
      },
    };
  }

  async backlog(): Promise<{ published: number; pending: number }> {
    let pending = 0;
    for (const g of this.groups.values()) pending += this.log.length - g.offset;
    return { published: this.log.length, pending };
  }

  async stats(): Promise<DeliveryStats & { deadLetterStream: number | null }> {
    return { ...this.delivery, deadLetterStream: this.deadLetters.length };
  }

  async ping(): Promise<void> {}

  private readonly id = randomUUID();

  async generation(): Promise<string> {
    return this.id;
  }

  /** Never asked for a reason: this bus cannot lose its data while the process lives. */
  async handledThrough(): Promise<number | null> {
    return null;
  }

  /** Resolves once every group has handled everything published so far. */
  async idle(): Promise<void> {
    for (;;) {
      const busy = [...this.groups.values()].filter((g) => g.draining || (g.handlers.length && g.offset < this.log.length));
      if (!busy.length) return;
      await Promise.all(busy.map((g) => g.draining));
      await new Promise((r) => setImmediate(r));
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.groups.values()].map((g) => g.draining));
    this.groups.clear();
  }

  private drain(name: string) {
    const state = this.groups.get(name);
    if (!state || state.draining || !state.handlers.length) return;
    state.draining = (async () => {
      let turn = 0;
      while (state.offset < this.log.length && state.handlers.length) {
        const event = this.log[state.offset]!;
        // Round-robin between the group's members, as a consumer group does.
        const member = state.handlers[turn++ % state.handlers.length]!;
        if (!member.types || member.types.has(event.type)) {
          const failure = await deliver(member.handler, event, this.logger);
          if (failure) {
            this.delivery.deadLettered++;
            this.deadLetters.push({ group: name, event, error: failure });
          } else this.delivery.handled++;
        }
        state.offset++;
        // Let I/O and timers run between events: a backlog (e.g. seeding) must not starve requests.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })().finally(() => {
      state.draining = null;
      if (state.offset < this.log.length) this.drain(name);
    });
  }
}

/**
 * Subscribes a subgraph's handlers as one member of `group`, in one subscription: a consumer group
 * hands each event to one member, so two subscriptions of the group with different types would
 * each miss the other's events. A handler that throws is retried (see `deliver`); idempotency is
 * the handlers' own. Both buses let timers and I/O run between events (the in-process one yields
 * a macrotask, Redis acknowledges each event over the network), so a backlog such as the seeded
 * history does not starve requests even on embedded PGlite, which resolves in microtasks only.
 */
export function subscribeHandlers(bus: EventBus, group: string, handlers: EventHandlers): Promise<EventSubscription> {
  return bus.subscribe(group, async (event) => handlers[event.type]?.(event), { types: Object.keys(handlers) });
}

/**
 * Runs a handler with a few retries (the in-process bus's whole policy); resolves with the last
 * error's message when the event kept failing (it is then dead-lettered), undefined when handled.
 */
export async function deliver(handler: EventHandler, event: DomainEvent, logger?: Logger): Promise<string | undefined> {
  for (let attempt = 1; ; attempt++) {
    try {
      await handler(event);
      return undefined;
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS) {
        logger?.error('event handler failed; event moved to the dead letters', { eventId: event.id, type: event.type, error });
        return error instanceof Error ? error.message : String(error);
      }
      await new Promise((r) => setTimeout(r, 20 * 2 ** attempt));
    }
  }
}
