import { randomUUID } from 'node:crypto';
import type { Logger } from '@shop/kit';
import type { RedisClientType } from 'redis';
import { deliver, type DomainEvent, type EventBus, type EventHandler, type EventSubscription } from './events';

export const EVENT_STREAM = 'shop:events';

/**
 * Redis Streams implementation: one stream, one consumer group per consuming service, pending
 * entries re-read after a crash (at-least-once).
 */
export class RedisStreamEventBus implements EventBus {
  private readonly subscriptions = new Set<EventSubscription>();

  constructor(
    private readonly client: RedisClientType,
    private readonly logger?: Logger,
    private readonly stream = EVENT_STREAM,
  ) {}

  async publish(events: DomainEvent[]): Promise<void> {
    if (!events.length) return;
    const multi = this.client.multi();
    for (const event of events) multi.xAdd(this.stream, '*', { event: JSON.stringify(event) });
    await multi.exec();
  }

  async subscribe(group: string, handler: EventHandler, options: { types?: string[] } = {}): Promise<EventSubscription> {
    try {
      await this.client.xGroupCreate(this.stream, group, '0', { MKSTREAM: true });
    } catch (error) {
      if (!String((error as Error).message).includes('BUSYGROUP')) throw error;
    }
    const reader = this.client.duplicate();
    await reader.connect();
    const consumer = `${group}-${process.pid}-${randomUUID().slice(0, 8)}`;
    const types = options.types ? new Set(options.types) : undefined;
    let stopped = false;

    const loop = (async () => {
      // First our own pending entries (delivered before a crash but never acknowledged), then new ones.
      let cursor = '0';
      while (!stopped) {
        let batch;
        try {
          batch = await reader.xReadGroup(group, consumer, { key: this.stream, id: cursor }, { COUNT: 100, BLOCK: cursor === '>' ? 1000 : undefined });
        } catch (error) {
          if (stopped) return;
          this.logger?.error('event stream read failed', { group, error });
          await new Promise((r) => setTimeout(r, 500));
          continue;
        }
        const messages = (batch as { messages: { id: string; message: Record<string, string> }[] }[] | null)?.[0]?.messages ?? [];
        if (cursor === '0' && messages.length === 0) {
          cursor = '>';
          continue;
        }
        for (const { id, message } of messages) {
          if (!message) continue;
          const event = JSON.parse(message.event ?? 'null') as DomainEvent | null;
          if (event && (!types || types.has(event.type))) await deliver(handler, event, this.logger);
          await this.client.xAck(this.stream, group, id);
        }
      }
    })();

    const subscription: EventSubscription = {
      stop: async () => {
        stopped = true;
        this.subscriptions.delete(subscription);
        reader.destroy();
        await loop.catch(() => {});
      },
    };
    this.subscriptions.add(subscription);
    return subscription;
  }

  async backlog(): Promise<{ published: number; pending: number }> {
    const exists = await this.client.exists(this.stream);
    if (!exists) return { published: 0, pending: 0 };
    const [info, groups] = await Promise.all([this.client.xInfoStream(this.stream), this.client.xInfoGroups(this.stream)]);
    const published = Number((info as unknown as Record<string, unknown>)['entries-added'] ?? (info as { length: number }).length);
    let pending = 0;
    for (const g of groups as unknown as Record<string, unknown>[]) pending += Number(g.pending ?? 0) + Number(g.lag ?? 0);
    return { published, pending };
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
  }
}
