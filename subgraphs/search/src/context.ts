import type { Identity, Logger } from '@shop/kit';
import type { SearchService } from './services/search-service';

export interface Context {
  identity: Identity;
  logger: Logger;
  search: SearchService;
}
