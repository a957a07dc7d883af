import type { Logger } from '@shop/kit';
import { InMemoryEventBus, type EventBus } from './events';
import { openRedis } from './redis';
import { RedisStreamEventBus, type RedisStreamBusOptions } from './redis-event-bus';

/** Redis Streams when a URL is given, the in-process log otherwise. */
export async function openEventBus(
  redisUrl: string | undefined,
  logger: Logger,
  options: RedisStreamBusOptions | string = {},
): Promise<{ bus: EventBus; close(): Promise<void> }> {
  if (!redisUrl) {
    const bus = new InMemoryEventBus(logger);
    return { bus, close: () => bus.close() };
  }
  const client = await openRedis(redisUrl);
  const bus = new RedisStreamEventBus(client, logger, options);
  return {
    bus,
    async close() {
      await bus.close();
      client.destroy();
    },
  };
}
