import type { Logger } from '@shop/kit';
import type { EventHandlers } from '@shop/stores';
import type { RiskStore } from '../db/risk-store';
import type { RiskService } from '../services/risk-service';
import { ORDER_CREATED } from './order-created';
import { checkoutOf, declinedOrderOf, PAYMENT_FAILED } from './risk-events';

/**
 * Fraud scoring: every order.created is an attempt the model learns from; a checkout's is also
 * assessed, and its order.risk_assessed appended to the outbox with it. A repeated order.created
 * (orders' saga sweeper re-driving a checkout) publishes that assessment again.
 */
export function riskHandlers(options: {
  store: RiskStore;
  risk: RiskService;
  logger: Logger;
  afterWrite: () => void;
  redrive: (orderIds: string[]) => Promise<void>;
}): EventHandlers {
  const { store, risk, logger } = options;
  return {
    [ORDER_CREATED]: async (event) => {
      const read = checkoutOf(event);
      if (!read) return logger.warn('skipping unreadable order.created event for fraud scoring', { eventId: event.id });
      if (!read.checkout) {
        if (await store.recordHistory(read.record)) risk.noteRecorded();
        return;
      }
      const forest = await risk.model();
      const first = await store.recordAssessed(read.record, (history) => risk.assess(history, read.record, forest));
      if (first) {
        risk.noteRecorded();
        options.afterWrite();
      } else await options.redrive([read.record.orderId]);
    },
    [PAYMENT_FAILED]: async (event) => {
      const orderId = declinedOrderOf(event);
      if (orderId) await store.recordDeclined(orderId);
    },
  };
}
