import type { Identity, Logger } from '@shop/kit';
import type { Loaders } from './loaders';
import type { AuthService } from './services/auth-service';
import type { RoleService } from './services/role-service';
import type { SessionService } from './services/session-service';
import type { WebhookService } from './services/webhook-service';
import type { WebhookLoaders } from './webhooks/loaders';

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

/** Context of the webhook resolvers (resolvers/webhook.ts). */
export interface Context extends WebhookLoaders {
  webhooks: WebhookService;
}
