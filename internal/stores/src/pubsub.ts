import { AsyncQueue, type Logger } from '@shop/kit';

/**
 * Fire-and-forget fan-out for live updates (GraphQL subscriptions): a payload published on a topic
 * reaches every subscriber of that topic at that moment, on every replica when backed by Redis.
 * There is no history and no redelivery — that is the event bus's job; a subscriber that must not
 * miss anything subscribes first, awaits `ready`, then reads what it missed from its own store.
 */
export interface PubSub {
  /** Sends `payload` (JSON-serialisable) to the topic's current subscribers. */
  publish(topic: string, payload: unknown): Promise<void>;
  /** Subscribes at once; `return()` on the iterator unsubscribes. */
  subscribe<T = unknown>(topic: string, options?: { bufferSize?: number }): PubSubSubscription<T>;
  /** Throws when the fan-out's server cannot be reached (health); absent for in-process ones. */
  ping?(): Promise<void>;
  /** Completes every open subscription and releases connections. */
  close(): Promise<void>;
}

/**
 * A subscription's payloads, in publication order per publisher. `ready` resolves once payloads
 * published from now on (from any replica) are guaranteed to arrive. A consumer that falls
 * `bufferSize` payloads behind gets what was buffered, then a QueueOverflowError, and is
 * unsubscribed (see AsyncQueue).
 */
export interface PubSubSubscription<T> extends AsyncIterableIterator<T> {
  ready: Promise<void>;
}

/**
 * Waits until `live` is ready: everything published from now on is sure to arrive. If it cannot
 * get there (Redis unreachable, pub/sub closed) the subscription is released and the error thrown.
 */
export async function whenReady<T>(live: PubSubSubscription<T>): Promise<PubSubSubscription<T>> {
  try {
    await live.ready;
    return live;
  } catch (error) {
    await live.return?.();
    throw error;
  }
}

export const DEFAULT_PUBSUB_BUFFER = 1000;

type Queue = AsyncQueue<unknown> & { ready: Promise<void> };

/**
 * The bookkeeping both implementations share: topic → local subscribers, each with its own
 * bounded queue and its own copy of every payload (parsed from the JSON text, so in-process and
 * Redis delivery look the same and no subscriber can mutate another's payload).
 */
export abstract class TopicFanout implements PubSub {
  private readonly topics = new Map<string, { subscribers: Set<Queue>; ready: Promise<void> }>();
  protected closed = false;

  constructor(
    protected readonly logger: Logger,
    private readonly defaultBufferSize = DEFAULT_PUBSUB_BUFFER,
  ) {}

  /** Starts listening to a topic that just got its first local subscriber. */
  protected abstract listen(topic: string): Promise<void>;
  /** Stops listening to a topic that just lost its last local subscriber. */
  protected abstract unlisten(topic: string): Promise<void>;
  protected abstract send(topic: string, text: string): Promise<void>;

  async publish(topic: string, payload: unknown): Promise<void> {
    if (this.closed) throw new Error('PubSub is closed');
    await this.send(topic, JSON.stringify(payload ?? null));
  }

  subscribe<T = unknown>(topic: string, options: { bufferSize?: number } = {}): PubSubSubscription<T> {
    if (this.closed) throw new Error('PubSub is closed');
    let entry = this.topics.get(topic);
    if (!entry) {
      const created = { subscribers: new Set<Queue>(), ready: this.listen(topic) };
      // A topic that could not be listened to is forgotten, so the next subscriber tries again.
      created.ready.catch(() => this.topics.get(topic) === created && this.topics.delete(topic));
      this.topics.set(topic, (entry = created));
    }
    const current = entry;
    const queue = new AsyncQueue<unknown>(options.bufferSize ?? this.defaultBufferSize, () => {
      current.subscribers.delete(queue);
      if (current.subscribers.size || this.topics.get(topic) !== current) return;
      this.topics.delete(topic);
      this.unlisten(topic).catch((error: unknown) => this.logger.warn('pubsub unsubscribe failed', { topic, error }));
    }) as Queue;
    queue.ready = current.ready;
    current.ready.catch((error: unknown) => queue.fail(error));
    current.subscribers.add(queue);
    return queue as unknown as PubSubSubscription<T>;
  }

  async close(): Promise<void> {
    this.closed = true;
    const entries = [...this.topics.values()];
    this.topics.clear();
    for (const { subscribers } of entries) for (const queue of subscribers) queue.end();
  }

  /** Topics with at least one local subscriber (health, tests). */
  activeTopics(): string[] {
    return [...this.topics.keys()];
  }

  /** Hands one published text to every local subscriber of `topic`, each its own copy. */
  protected dispatch(topic: string, text: string) {
    const entry = this.topics.get(topic);
    if (!entry) return;
    for (const queue of [...entry.subscribers]) {
      // A queue that refuses a value has just overflowed (closed ones have left the set).
      if (!queue.push(JSON.parse(text))) this.logger.warn('pubsub subscriber fell behind and was cut off', { topic });
    }
  }

  /** Resolves once every topic subscribed so far is listened to. */
  protected async listening(): Promise<void> {
    await Promise.all([...this.topics.values()].map((e) => e.ready.catch(() => {})));
  }
}

/** The single-process PubSub used when REDIS_URL is not set. */
export class InProcessPubSub extends TopicFanout {
  protected async listen(): Promise<void> {}
  protected async unlisten(): Promise<void> {}
  protected async send(topic: string, text: string): Promise<void> {
    this.dispatch(topic, text);
  }
}
