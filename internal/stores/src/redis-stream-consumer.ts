import type { Logger } from '@shop/kit';
import type { RedisClientType } from 'redis';
import type { DomainEvent, EventHandler } from './events';
import type { DeliveryStats } from './delivery-stats';

/** How a consumer of a Redis stream group retries, claims and gives up (see RedisStreamBusOptions). */
export interface ConsumerPolicy {
  claimIdleMs: number;
  claimIntervalMs: number;
  maxDeliveries: number;
  attemptsPerDelivery: number;
  retryBaseMs: number;
  /** Entries handled side by side, one key's in order (see partitionKey). */
  concurrency: number;
}

type StreamMessage = { id: string; message: Record<string, string> } | null;

const backoff = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The first pause before an entry whose handler failed is tried again here (doubling each time). */
const RETRY_BASE_MS = 500;

/** An entry whose handler failed, tried again by this member until it is idle long enough for a claim. */
interface FailedEntry {
  event: DomainEvent;
  failedAt: number;
  nextAt: number;
  tries: number;
}

/**
 * One member of a consumer group, under a stable name. On start it takes back the entries it held
 * before a crash (same name, same pending list); then it reads new entries and, every
 * `claimIntervalMs`, claims entries any member of the group has held for `claimIdleMs` without
 * acknowledging (a dead replica's, or its own that failed). An entry is acknowledged only once its
 * handler succeeded, or after it was copied to the dead-letter stream on its `maxDeliveries`-th
 * delivery: never acknowledged and dropped. An entry whose handler failed (a database restarting)
 * is tried again here with backoff for half the claim time, so that a short outage does not cost
 * a whole `claimIdleMs`; these tries are not deliveries and do not bring the dead letter closer.
 */
export class StreamGroupConsumer {
  private stopped = false;
  private readonly loop: Promise<void>;
  private readonly failed = new Map<string, FailedEntry>();

  constructor(
    private readonly redis: RedisClientType,
    private readonly stream: string,
    private readonly group: string,
    readonly name: string,
    private readonly handler: EventHandler,
    private readonly types: Set<string> | undefined,
    private readonly policy: ConsumerPolicy,
    private readonly stats: DeliveryStats,
    private readonly logger?: Logger,
  ) {
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.failed.clear();
    this.redis.destroy();
    await this.loop.catch(() => {});
  }

  private async run(): Promise<void> {
    let failures = 0;
    let ownPendingDone = false;
    let lastClaim = 0;
    while (!this.stopped) {
      try {
        await this.ensureGroup();
        if (!ownPendingDone) {
          await this.takeBackOwnPending();
          ownPendingDone = true;
        }
        await this.retryFailed();
        if (Date.now() - lastClaim >= this.policy.claimIntervalMs) {
          lastClaim = Date.now();
          await this.claimIdle();
        }
        const reply = await this.redis.xReadGroup(
          this.group,
          this.name,
          { key: this.stream, id: '>' },
          { COUNT: 100, BLOCK: this.failed.size ? RETRY_BASE_MS : Math.min(1000, this.policy.claimIntervalMs) },
        );
        failures = 0;
        const messages = (reply as { messages: StreamMessage[] }[] | null)?.[0]?.messages ?? [];
        await this.handleNew(messages.filter((m): m is NonNullable<StreamMessage> => !!m));
      } catch (error) {
        if (this.stopped) return;
        if (String((error as Error)?.message).includes('NOGROUP')) {
          // The stream or the group is gone (Redis restarted without persistence): recreate and go on.
          this.groupReady = false;
          continue;
        }
        failures++;
        this.logger?.warn('event stream read failed; retrying', { group: this.group, consumer: this.name, error: (error as Error)?.message });
        await backoff(Math.min(100 * 2 ** failures, 5000));
      }
    }
  }

  private groupReady = false;

  private async ensureGroup(): Promise<void> {
    if (this.groupReady) return;
    try {
      await this.redis.xGroupCreate(this.stream, this.group, '0', { MKSTREAM: true });
    } catch (error) {
      if (!String((error as Error).message).includes('BUSYGROUP')) throw error;
    }
    this.groupReady = true;
  }

  /** Entries this consumer name was given and never acknowledged: a previous life of this replica died holding them. */
  private async takeBackOwnPending(): Promise<void> {
    for (;;) {
      const pending = await this.redis.xPendingRange(this.stream, this.group, '-', '+', 100, { consumer: this.name });
      if (!pending.length) return;
      const claimed = (await this.redis.xClaim(
        this.stream,
        this.group,
        this.name,
        0,
        pending.map((p) => p.id),
      )) as StreamMessage[];
      const counts = new Map(pending.map((p) => [p.id, p.deliveriesCounter + 1]));
      this.stats.reclaimed += claimed.filter(Boolean).length;
      for (const m of claimed) if (m && !this.stopped) await this.handle(m.id, m.message, counts.get(m.id) ?? 1);
      if (this.stopped || pending.length < 100) return;
    }
  }

  /**
   * First deliveries of a read: the entries of one key one after another in stream order, different
   * keys side by side, at most `concurrency` at once. Two replicas of a group already handle one
   * order's events at the same time (handlers are idempotent compare-and-sets with ordered locks);
   * within a member, one key's events even keep their order.
   */
  private async handleNew(messages: NonNullable<StreamMessage>[]): Promise<void> {
    const lanes = new Map<string, NonNullable<StreamMessage>[]>();
    for (const m of messages) {
      const key = this.policy.concurrency > 1 ? partitionKey(m.message) : '';
      const lane = lanes.get(key);
      if (lane) lane.push(m);
      else lanes.set(key, [m]);
    }
    const queue = [...lanes.values()];
    const worker = async () => {
      for (let lane = queue.shift(); lane; lane = queue.shift()) for (const m of lane) if (!this.stopped) await this.handle(m.id, m.message, 1);
    };
    await Promise.all(Array.from({ length: Math.min(this.policy.concurrency, queue.length) }, worker));
  }

  /** Tries again the entries whose handler failed and whose pause is over; past half the claim time a claim takes over. */
  private async retryFailed(): Promise<void> {
    for (const [id, entry] of this.failed) {
      if (this.stopped) return;
      const now = Date.now();
      if (now - entry.failedAt >= this.policy.claimIdleMs / 2) this.failed.delete(id);
      if (entry.nextAt > now || !this.failed.has(id)) continue;
      try {
        await this.handler(entry.event);
        this.failed.delete(id);
        await this.redis.xAck(this.stream, this.group, id);
        this.stats.handled++;
        this.logger?.info('event handled when tried again', { group: this.group, eventId: entry.event.id, type: entry.event.type, tries: entry.tries + 1 });
      } catch {
        entry.tries++;
        entry.nextAt = Date.now() + RETRY_BASE_MS * 2 ** entry.tries;
      }
    }
  }

  /** XAUTOCLAIM of every entry idle for `claimIdleMs`, whoever held it. */
  private async claimIdle(): Promise<void> {
    let start = '0-0';
    do {
      const { nextId, messages } = await this.redis.xAutoClaim(this.stream, this.group, this.name, this.policy.claimIdleMs, start, { COUNT: 100 });
      const live = (messages as StreamMessage[]).filter((m): m is NonNullable<StreamMessage> => !!m);
      if (live.length) {
        this.stats.reclaimed += live.length;
        const pending = await this.redis.xPendingRange(this.stream, this.group, live[0]!.id, live.at(-1)!.id, 1000, { consumer: this.name });
        const counts = new Map(pending.map((p) => [p.id, p.deliveriesCounter]));
        this.logger?.info('claimed idle events', { group: this.group, consumer: this.name, count: live.length });
        for (const m of live) if (!this.stopped) await this.handle(m.id, m.message, counts.get(m.id) ?? 1);
      }
      start = nextId;
    } while (start !== '0-0' && !this.stopped);
  }

  /** Handles one delivery; `delivery` counts this one (1 for the first). */
  private async handle(id: string, fields: Record<string, string>, delivery: number): Promise<void> {
    let event: DomainEvent | null = null;
    try {
      event = JSON.parse(fields.event ?? 'null') as DomainEvent | null;
    } catch {
      return this.deadLetter(id, fields, delivery, 'the entry is not a JSON event');
    }
    if (!event) return this.deadLetter(id, fields, delivery, 'the entry has no event');
    if (this.types && !this.types.has(event.type)) return void (await this.redis.xAck(this.stream, this.group, id));
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.policy.attemptsPerDelivery; attempt++) {
      if (this.stopped) return;
      try {
        await this.handler(event);
        await this.redis.xAck(this.stream, this.group, id);
        this.stats.handled++;
        return;
      } catch (error) {
        lastError = error;
        if (attempt < this.policy.attemptsPerDelivery) await backoff(this.policy.retryBaseMs * 2 ** (attempt - 1));
      }
    }
    this.stats.failedDeliveries++;
    if (delivery >= this.policy.maxDeliveries) return this.deadLetter(id, fields, delivery, errorText(lastError), event);
    // Left pending: tried again here for a while (retryFailed), and claimed once idle for claimIdleMs
    // (by this replica or another), which counts a delivery.
    const now = Date.now();
    if (this.policy.claimIdleMs / 2 > RETRY_BASE_MS) this.failed.set(id, { event, failedAt: now, nextAt: now + RETRY_BASE_MS, tries: 0 });
    this.logger?.warn('event handler failed; the event stays pending and will be retried', {
      group: this.group,
      eventId: event.id,
      type: event.type,
      delivery,
      maxDeliveries: this.policy.maxDeliveries,
      error: errorText(lastError),
    });
  }

  /** Copies the entry to `<stream>:dlq` and acknowledges it in one transaction, so it is never lost. */
  private async deadLetter(id: string, fields: Record<string, string>, delivery: number, reason: string, event?: DomainEvent): Promise<void> {
    await this.redis
      .multi()
      .xAdd(deadLetterStream(this.stream), '*', { ...fields, group: this.group, sourceId: id, deliveries: String(delivery), error: reason.slice(0, 500) })
      .xAck(this.stream, this.group, id)
      .exec();
    this.stats.deadLettered++;
    this.logger?.error('event moved to the dead-letter stream', {
      group: this.group,
      stream: deadLetterStream(this.stream),
      entryId: id,
      eventId: event?.id,
      type: event?.type,
      deliveries: delivery,
      error: reason,
    });
  }
}

export const deadLetterStream = (stream: string) => `${stream}:dlq`;

/** What orders an entry among its neighbours: the order, product or variant it is about, else nothing (its own id). */
export function partitionKey(fields: Record<string, string>): string {
  try {
    const event = JSON.parse(fields.event ?? 'null') as { id?: unknown; payload?: Record<string, unknown> } | null;
    const p = event?.payload;
    for (const field of ['orderId', 'productId', 'variantId'] as const) if (typeof p?.[field] === 'string') return `${field}:${p[field]}`;
    return `event:${String(event?.id)}`;
  } catch {
    return 'unreadable';
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
