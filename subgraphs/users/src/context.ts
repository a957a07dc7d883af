import type { Identity, Logger } from '@shop/kit';
import type { Loaders } from './loaders';
import type { AuthService } from './services/auth-service';

export interface Context {
  identity: Identity;
  logger: Logger;
  loaders: Loaders;
  auth: AuthService;
  /** Users this request has authenticated as (register/login). */
  authenticatedUsers: Set<string>;
}
