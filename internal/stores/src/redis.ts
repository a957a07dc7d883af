import { createClient, type RedisClientType } from 'redis';

export type { RedisClientType };

/** Reconnect delay after `retries` failed attempts: exponential from 100 ms, capped at 5 s, with jitter. */
export const redisReconnectDelay = (retries: number) => Math.min(100 * 2 ** Math.min(retries, 10), 5000) + Math.floor(Math.random() * 100);

/**
 * A node-redis client that reconnects forever with backoff. Its 'error' events (every failed
 * reconnect emits one) are swallowed here: an EventEmitter without an 'error' listener would exit
 * the process. Commands sent while it is down wait in the offline queue; duplicates made with
 * `duplicate()` need their own listener (see `duplicateRedis`).
 */
export async function openRedis(url: string): Promise<RedisClientType> {
  const client = createClient({ url, socket: { reconnectStrategy: redisReconnectDelay, connectTimeout: 5000 } }) as RedisClientType;
  client.on('error', () => {
    // node-redis reconnects by itself; errors surface on the commands that fail.
  });
  await client.connect();
  return client;
}

/** A connected duplicate of `client` (same options), with its own 'error' listener. */
export async function duplicateRedis(client: RedisClientType, onError: (error: unknown) => void = () => {}): Promise<RedisClientType> {
  const copy = client.duplicate();
  copy.on('error', onError);
  await copy.connect();
  return copy;
}

/** A health check that never waits on a dead socket (a PING while disconnected would queue). */
export async function pingRedis(client: RedisClientType): Promise<void> {
  if (!client.isReady) throw new Error('not connected');
  await client.ping();
}
