import type { Identity, Logger } from '@shop/kit';
import type { Loaders } from './loaders';
import type { AuthService } from './services/auth-service';
import type { RoleService } from './services/role-service';
import type { SessionService } from './services/session-service';

export interface Context {
  identity: Identity;
  logger: Logger;
  loaders: Loaders;
  auth: AuthService;
  sessions: SessionService;
  roles: RoleService;
  /** Users this request has authenticated as (register, login, refreshToken). */
  authenticatedUsers: Set<string>;
}
