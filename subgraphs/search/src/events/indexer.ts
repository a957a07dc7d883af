import type { Logger } from '@shop/kit';
import type { EventBus, EventSubscription } from '@shop/stores';
import type { SearchIndex } from '../db/search-index';
import { CONSUMED_EVENTS, toIndexCommand } from './payloads';

export const CONSUMER_GROUP = 'search';

/**
 * Keeps the index in step with the catalogue and stock: every product.created / product.updated
 * upserts its document and every inventory.stock_changed sets the stock. Redelivery is harmless:
 * the index ignores versions older than what it holds, so applying an event twice changes nothing.
 * A failing write throws, so the bus retries the event.
 */
export async function startIndexer(bus: EventBus, index: SearchIndex, logger: Logger): Promise<EventSubscription> {
  return bus.subscribe(
    CONSUMER_GROUP,
    async (event) => {
      const command = toIndexCommand(event);
      switch (command.kind) {
        case 'product':
          return index.upsertProducts([command.doc]);
        case 'stock': {
          const { productId, available, inStock, asOf } = command.update;
          return index.setStock(productId, available, inStock, asOf);
        }
        case 'skip':
          logger.warn('skipped event', { eventId: event.id, type: event.type, reason: command.reason });
      }
    },
    { types: CONSUMED_EVENTS },
  );
}
