import type { Identity, Logger } from '@shop/kit';
import type { PubSub } from '@shop/stores';
import type { Loaders } from './loaders';
import type { StockService } from './services/stock-service';

export interface Context {
  identity: Identity;
  logger: Logger;
  loaders: Loaders;
  stock: StockService;
  pubsub: PubSub;
}
