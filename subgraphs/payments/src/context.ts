import type { Identity, Logger } from '@shop/kit';
import type { Loaders } from './loaders';

export interface Context {
  identity: Identity;
  logger: Logger;
  loaders: Loaders;
}
