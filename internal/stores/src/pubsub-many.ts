import { AsyncQueue } from '@shop/kit';
import { DEFAULT_PUBSUB_BUFFER, type PubSub, type PubSubSubscription } from './pubsub';

/**
 * One subscription over several topics (e.g. the stock of several products): payloads arrive in
 * the order they are heard, `ready` once every topic is listened to, and `return()` leaves them
 * all. A failing topic (overflow, lost connection) fails the whole subscription; it ends when every
 * topic has ended.
 */
export function subscribeMany<T>(pubsub: PubSub, topics: readonly string[], options: { bufferSize?: number } = {}): PubSubSubscription<T> {
  const parts = [...new Set(topics)].map((topic) => pubsub.subscribe<T>(topic, options));
  const queue = new AsyncQueue<T>(options.bufferSize ?? DEFAULT_PUBSUB_BUFFER, () => {
    for (const part of parts) void part.return?.();
  }) as AsyncQueue<T> & { ready: Promise<void> };
  queue.ready = Promise.all(parts.map((p) => p.ready)).then(() => {});
  let open = parts.length;
  for (const part of parts) {
    void (async () => {
      try {
        for await (const value of part) if (!queue.push(value)) return;
        // Every topic ended (the pub/sub closed): so does the whole subscription.
        if (--open === 0) queue.end();
      } catch (error) {
        queue.fail(error);
      }
    })();
  }
  return queue as unknown as PubSubSubscription<T>;
}
