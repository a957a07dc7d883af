import type { Identity, Logger } from '@shop/kit';
import type { Loaders } from './loaders';
import type { RefundService } from './services/refund-service';

export interface Context {
  identity: Identity;
  logger: Logger;
  loaders: Loaders;
  refunds: RefundService;
}
