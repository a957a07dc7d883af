/** Counters of one process's event deliveries, shown by /health (see `EventBus.stats`). */
export interface DeliveryStats {
  /** Events handled and acknowledged. */
  handled: number;
  /** Deliveries whose handler kept failing (each is retried later, or dead-lettered). */
  failedDeliveries: number;
  /** Pending entries taken over: this replica's own after a restart, or idle ones of any member. */
  reclaimed: number;
  /** Events moved to the dead-letter stream by this process. */
  deadLettered: number;
}

export const emptyStats = (): DeliveryStats => ({ handled: 0, failedDeliveries: 0, reclaimed: 0, deadLettered: 0 });
