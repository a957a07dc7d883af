import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startedSubgraph, startSubgraphServer, type StartedSubgraph, type SubgraphRuntime } from '@shop/kit';
import { openPostgres, openRedis, startOutboxRelay, type EventBus, caughtUp } from '@shop/stores';
import { parse } from 'graphql';
import { outbox, schema } from './db/schema';
import { createRefreshTokenStore } from './db/refresh-token-store';
import { createUserStore } from './db/user-store';
import { startNotifications, type MailSettings, type Notifications } from './notifications';
import type { TokenSettings } from './domain/tokens';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';
import { seedUsers } from './seed';
import { createAttemptThrottle } from './services/attempt-throttle';
import { createAuthService } from './services/auth-service';
import { createRoleService } from './services/role-service';
import { createSessionService } from './services/session-service';
import type { Context } from './context';
import { startWebhooks, type WebhookSettings } from './webhooks/setup';

export { webhookEnv, webhookSettings } from './webhooks/config';

export const typeDefs = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));
export const migrationsFolder = fileURLToPath(new URL('./db/migrations', import.meta.url));

export interface UsersSubgraphOptions extends SubgraphRuntime {
  /** Real Postgres; embedded PGlite when absent. */
  databaseUrl?: string;
  /** PGlite data folder; in memory when absent. */
  dataDir?: string;
  bus: EventBus;
  tokens: TokenSettings;
  /** The clock sessions use (token expiry); tests move it. */
  clock?: () => Date;
  /** Credential-attempt counters live here (shared by replicas); in this process when absent. */
  redisUrl?: string;
  /** Prefix of those counters' keys; default `shop:throttle`. Tests give each run its own. */
  throttleKeyPrefix?: string;
  /** Partner webhooks (src/webhooks); by default payloads come from a gateway at http://127.0.0.1:4000, local targets allowed outside production. */
  webhooks?: Partial<WebhookSettings>;
  /** Customer emails (order confirmed, shipped, refunded); none are sent when absent. */
  mail?: MailSettings;
}

export type UsersSubgraph = StartedSubgraph & { notifications?: Notifications };

export { mailEnv, mailSettings } from './notifications/mail-config';
export type { MailSettings } from './notifications';

/** /health's metrics gain the notifications per state: a growing `pending` is a mail server refusing. */
function withNotificationCounts(health: SubgraphRuntime['processHealth'], notifications: Notifications): SubgraphRuntime['processHealth'] {
  return {
    ...health,
    metrics: async () => ({ ...(await health?.metrics?.()), notifications: await notifications.store.countByState() }),
  };
}

export async function startUsersSubgraph(options: UsersSubgraphOptions): Promise<UsersSubgraph> {
  const logger = options.logger.child({ subgraph: 'users' });
  const pg = await openPostgres({ url: options.databaseUrl, dataDir: options.dataDir, schema, migrationsFolder, pgSchema: 'users' });
  const store = createUserStore(pg.db);
  if (options.seed) await seedUsers(store, logger);
  const relay = startOutboxRelay({ db: pg.backgroundDb, table: outbox, bus: options.bus, logger });
  const sessions = createSessionService({ users: store, refreshTokens: createRefreshTokenStore(pg.db), tokens: options.tokens, logger, now: options.clock });
  const redis = options.redisUrl ? await openRedis(options.redisUrl) : undefined;
  const throttle = createAttemptThrottle({ redis, keyPrefix: options.throttleKeyPrefix });
  const auth = createAuthService(store, sessions, throttle, { production: options.production });
  const roles = createRoleService(store);
  const webhooks = await startWebhooks({
    db: pg.db,
    backgroundDb: pg.backgroundDb,
    bus: options.bus,
    gatewaySecret: options.gatewaySecret,
    settings: { gatewayUrl: 'http://127.0.0.1:4000', allowInsecureTargets: !options.production, ...options.webhooks },
    logger,
  });
  const notifications = options.mail
    ? await startNotifications({
        settings: options.mail,
        db: pg.backgroundDb,
        bus: options.bus,
        users: createUserStore(pg.backgroundDb),
        logger,
        clock: options.clock,
      })
    : undefined;

  const server = await startSubgraphServer<Context>({
    name: 'users',
    typeDefs,
    resolvers,
    port: options.port,
    host: options.host,
    gatewaySecret: options.gatewaySecret,
    production: options.production,
    observe: options.observe,
    processHealth: notifications ? withNotificationCounts(options.processHealth, notifications) : options.processHealth,
    logger,
    health: { database: pg.ping },
    readiness: caughtUp(options.bus, [relay]),
    createContext: (identity, requestLogger) => ({
      identity,
      logger: requestLogger,
      loaders: createLoaders(store),
      auth,
      sessions,
      roles,
      authenticatedUsers: new Set(),
      webhooks: webhooks.service,
      ...webhooks.loaders(),
    }),
  });

  const started = startedSubgraph(
    server,
    pg,
    () => webhooks.stop(),
    async () => notifications?.stop(),
    () => relay.stop(),
    () => pg.close(),
    async () => void redis?.destroy(),
  );
  return notifications ? Object.assign(started, { notifications }) : started;
}
