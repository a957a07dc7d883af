import type { ReadinessCheck } from '@shop/kit';
import type { EventBus } from './events';
import type { OutboxRelay } from './outbox';

/**
 * A subgraph has caught up when what it wrote is on the bus (its outbox relays have nothing left)
 * and the bus has nothing unhandled — by any consumer group, so a producer is only caught up once
 * the read models fed by its events are too. A relay that is still draining within `deadlineMs`
 * counts as behind.
 */
export function caughtUp(bus: EventBus, relays: OutboxRelay[] = [], deadlineMs = 1500): ReadinessCheck {
  return async () => {
    let timer: NodeJS.Timeout | undefined;
    const behind = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), deadlineMs)));
    const flushed = await Promise.race([Promise.all(relays.map((r) => r.flush())).then(() => true as const), behind]);
    clearTimeout(timer);
    const { published, pending } = await bus.backlog();
    if (!flushed) return { caughtUp: false, published, pending, reason: 'outbox still publishing' };
    return pending === 0 ? { caughtUp: true, published, pending } : { caughtUp: false, published, pending, reason: `${pending} events not yet handled` };
  };
}
