import type { Logger } from '@shop/kit';
import { DEFAULT_PUBSUB_BUFFER, InProcessPubSub, TopicFanout, type PubSub } from './pubsub';
import { duplicateRedis, openRedis, pingRedis, type RedisClientType } from './redis';

export interface RedisPubSubOptions {
  /** Prepended to every topic to name its Redis channel (keeps apps and test runs apart). */
  prefix?: string;
  /** Default per-subscriber buffer. */
  bufferSize?: number;
}

/**
 * PubSub over Redis PUBLISH/SUBSCRIBE, so that a payload published on any replica reaches the
 * subscribers of every replica. One connection publishes; one more, per process, is in subscriber
 * mode and carries every topic this process listens to (a channel is SUBSCRIBEd when its first
 * local subscriber arrives and UNSUBSCRIBEd when its last one leaves). Payloads published while
 * the subscriber connection is reconnecting are lost, as Redis pub/sub promises no more; node-redis
 * resubscribes the channels when it is back.
 */
export class RedisPubSub extends TopicFanout {
  private readonly prefix: string;

  private constructor(
    private readonly publisher: RedisClientType,
    private readonly subscriber: RedisClientType,
    logger: Logger,
    options: RedisPubSubOptions,
  ) {
    super(logger, options.bufferSize ?? DEFAULT_PUBSUB_BUFFER);
    this.prefix = options.prefix ?? 'shop:pubsub:';
  }

  static async connect(url: string, logger: Logger, options: RedisPubSubOptions = {}): Promise<RedisPubSub> {
    const publisher = await openRedis(url);
    let subscriber: RedisClientType;
    try {
      subscriber = await duplicateRedis(publisher, (error) => logger.debug('redis pubsub connection error', { error }));
    } catch (error) {
      publisher.destroy();
      throw error;
    }
    return new RedisPubSub(publisher, subscriber, logger, options);
  }

  private readonly onMessage = (message: string, channel: string) => this.dispatch(channel.slice(this.prefix.length), message);

  protected listen(topic: string): Promise<void> {
    return this.subscriber.subscribe(this.prefix + topic, this.onMessage);
  }

  protected unlisten(topic: string): Promise<void> {
    return this.subscriber.unsubscribe(this.prefix + topic, this.onMessage);
  }

  protected async send(topic: string, text: string): Promise<void> {
    // Subscriptions this process opened before publishing must hear it, as in-process ones do.
    await this.listening();
    await this.publisher.publish(this.prefix + topic, text);
  }

  /** Both connections up (health). */
  async ping(): Promise<void> {
    await Promise.all([pingRedis(this.publisher), pingRedis(this.subscriber)]);
  }

  override async close(): Promise<void> {
    if (this.closed) return;
    await super.close();
    this.subscriber.destroy();
    this.publisher.destroy();
  }
}

/** Redis pub/sub when a URL is given (every replica hears every publish), in-process otherwise. */
export async function openPubSub(redisUrl: string | undefined, logger: Logger, options: RedisPubSubOptions = {}): Promise<PubSub> {
  if (!redisUrl) return new InProcessPubSub(logger, options.bufferSize);
  return RedisPubSub.connect(redisUrl, logger, options);
}
