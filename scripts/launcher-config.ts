import { llmEnv, llmOptions } from '@shop/ai-subgraph';
import { gatewayEnv, gatewayServerOptions, gatewaySettings } from '@shop/gateway';
import { createLogger, DEMO_SECRETS, parseConfig, postgresEnv } from '@shop/kit';
import { PAYMENT_PROVIDERS } from '@shop/payments-subgraph';
import { mailEnv, mailSettings, webhookEnv, webhookSettings } from '@shop/users-subgraph';
import { z } from 'zod';
import type { StackOptions, SubgraphName } from './stack';

/**
 * The one-process launcher's environment: the gateway's own schema (PORT is the gateway's port
 * here) plus what the subgraphs read, so each variable means what it means for the standalone
 * processes.
 */
export const launcherEnv = {
  ...gatewayEnv,
  ...postgresEnv,
  ...llmEnv,
  // The stack's own gateway builds webhook payloads here: WEBHOOK_GATEWAY_URL is for standalone users processes.
  ...(({ WEBHOOK_GATEWAY_URL: _standaloneOnly, ...rest }) => rest)(webhookEnv),
  ...mailEnv,
  MONGODB_URL: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\/\S+$/, 'must be a mongodb:// or mongodb+srv:// connection string')
    .optional(),
  ELASTICSEARCH_URL: z.string().url().optional(),
  JWT_TTL_SECONDS: z.coerce.number().int().positive().default(900),
  REFRESH_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().optional(),
  PAYMENT_WEBHOOK_SECRET: z.string().min(32).default(DEMO_SECRETS.PAYMENT_WEBHOOK_SECRET),
  RESERVATION_TTL_SECONDS: z.coerce.number().int().min(1).max(86_400).optional(),
  CART_TTL_SECONDS: z.coerce.number().int().min(60).optional(),
  CART_KEY_PREFIX: z.string().min(1).optional(),
  RESERVATION_SWEEP_MS: z.coerce.number().int().min(50).max(3_600_000).optional(),
  PAYMENT_PROVIDER: z.enum(PAYMENT_PROVIDERS).optional(),
  EVENT_STREAM: z.string().min(1).optional(),
  REPLICA_ID: z
    .string()
    .regex(/^[A-Za-z0-9._-]+$/)
    .optional(),
  EVENT_CLAIM_IDLE_MS: z.coerce.number().int().min(100).optional(),
  EVENT_MAX_DELIVERIES: z.coerce.number().int().min(1).optional(),
  SAGA_STEP_DEADLINE_MS: z.coerce.number().int().min(100).optional(),
  RISK_WAIT_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
  FRAUD_REVIEW: z.enum(['hold', 'off']).default('hold'),
  SEED_DEMO_DATA: z.stringbool().optional(),
};

/** Parses the launcher's environment (every problem listed) into the stack's options. */
export function launcherOptions(env: Record<string, string | undefined>): StackOptions {
  const config = parseConfig(launcherEnv, env);
  const production = config.NODE_ENV === 'production';
  if (production && config.SEED_DEMO_DATA) throw new Error('Invalid configuration:\n  - SEED_DEMO_DATA: demo data is refused in production');
  const logger = createLogger(config.LOG_LEVEL, { service: 'shop' });
  // The stack supplies the secret, the JWT settings and the logger to the gateway itself.
  const { subgraphUrls, jwt: _jwt, gatewaySecret: _secret, logger: _logger, ...gateway } = gatewayServerOptions(gatewaySettings(config), logger);
  return {
    logger,
    dataDir: config.DATA_DIR,
    databaseUrl: config.DATABASE_URL,
    redisUrl: config.REDIS_URL,
    mongoUrl: config.MONGODB_URL,
    elasticsearchUrl: config.ELASTICSEARCH_URL,
    ports: 'default',
    host: config.HOST,
    gatewaySecret: config.GATEWAY_SECRET,
    jwt: {
      secret: config.JWT_SECRET,
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      ttlSeconds: config.JWT_TTL_SECONDS,
      refreshTtlSeconds: config.REFRESH_TOKEN_TTL_SECONDS,
    },
    paymentWebhookSecret: config.PAYMENT_WEBHOOK_SECRET,
    llm: llmOptions(config),
    webhooks: (({ gatewayUrl: _own, ...rest }) => rest)(webhookSettings({ ...config, WEBHOOK_GATEWAY_URL: '' }, production)),
    mail: mailSettings(config),
    reservationTtlSeconds: config.RESERVATION_TTL_SECONDS,
    cartTtlSeconds: config.CART_TTL_SECONDS,
    cartKeyPrefix: config.CART_KEY_PREFIX,
    reservationSweepMs: config.RESERVATION_SWEEP_MS,
    paymentProvider: config.PAYMENT_PROVIDER,
    fraudReview: { waitMs: config.RISK_WAIT_MS, hold: config.FRAUD_REVIEW === 'hold' },
    eventStream: config.EVENT_STREAM,
    eventBus: { replicaId: config.REPLICA_ID, claimIdleMs: config.EVENT_CLAIM_IDLE_MS, maxDeliveries: config.EVENT_MAX_DELIVERIES },
    sagaStepDeadlineMs: config.SAGA_STEP_DEADLINE_MS,
    seed: !production && (config.SEED_DEMO_DATA ?? true),
    production,
    gateway,
    // SUBGRAPH_<NAME>_URL: that subgraph runs elsewhere and the gateway routes there, as standalone.
    externalSubgraphs: subgraphUrls as Partial<Record<SubgraphName, string>>,
  };
}
