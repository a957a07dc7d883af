import type { Logger } from '@shop/kit';
import type { WebhookStore } from '../db/webhook-store';
import { readChargeRefunded, type WebhookEvent } from '../webhooks/webhook-event';

/**
 * Applies verified provider events. `charge.refunded` records a refund made at the provider;
 * every other type is acknowledged and recorded without effect (providers send many we ignore).
 */
export function createWebhookService(options: { store: WebhookStore; logger: Logger; afterWrite?: () => void }) {
  const { store, logger } = options;
  return {
    /** Throws `RangeError` for a known type whose data is malformed (answered 400, so the provider sees it). */
    async process(event: WebhookEvent): Promise<{ duplicate: boolean }> {
      if (event.type !== 'charge.refunded') return store.recordOnly(event);
      const refund = readChargeRefunded(event.data);
      if (!refund) throw new RangeError('charge.refunded needs data { providerRef, providerRefundRef, amountMinor > 0 }');
      const result = await store.recordProviderRefund(event, refund);
      if (!result.duplicate) {
        if (result.outcome === 'RECORDED') options.afterWrite?.();
        else if (result.outcome !== 'ALREADY_RECORDED') logger.warn('provider refund not recorded', { eventId: event.id, outcome: result.outcome });
      }
      return { duplicate: result.duplicate };
    },
  };
}

export type WebhookService = ReturnType<typeof createWebhookService>;
