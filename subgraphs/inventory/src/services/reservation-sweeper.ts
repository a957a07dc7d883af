import type { Logger } from '@shop/kit';
import type { ReservationStore } from '../db/reservation-store';

export interface ReservationSweeperOptions {
  /** Pause between two sweeps. */
  intervalMs: number;
  /** Reservations released per transaction. */
  batchSize?: number;
  logger: Logger;
  /** Called after a sweep released something, so the outbox relay publishes now. */
  afterWrite?: () => void;
  clock?: () => Date;
}

export interface ReservationSweeper {
  /** Runs one sweep now (or joins the one running) and says how many reservations it released. */
  sweep(): Promise<number>;
  /** Stops the timer and waits for a running sweep to finish. */
  stop(): Promise<void>;
}

/**
 * Releases lapsed reservations on a timer. A sweep drains every due reservation in batches; one
 * sweep runs at a time per process, and replicas share the work through SKIP LOCKED.
 */
export function startReservationSweeper(store: ReservationStore, options: ReservationSweeperOptions): ReservationSweeper {
  const batchSize = options.batchSize ?? 100;
  const clock = options.clock ?? (() => new Date());
  let running: Promise<number> | null = null;
  let stopped = false;

  const sweep = (): Promise<number> => {
    if (running) return running;
    running = (async () => {
      let total = 0;
      try {
        for (;;) {
          const released = await store.expireDue(clock(), batchSize);
          total += released;
          if (released < batchSize || stopped) break;
        }
      } catch (error) {
        if (!stopped) options.logger.error('reservation sweep failed; will retry', { error });
      }
      if (total) {
        options.logger.info('released lapsed reservations', { count: total });
        options.afterWrite?.();
      }
      return total;
    })().finally(() => {
      running = null;
    });
    return running;
  };

  const timer = setInterval(() => void sweep(), options.intervalMs);
  timer.unref();

  return {
    sweep,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
