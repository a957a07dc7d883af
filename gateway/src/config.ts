import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { baseEnv, DEMO_SECRETS, parseConfig, portEnv, type Logger } from '@shop/kit';
import { z } from 'zod';
import { DEFAULT_BREAKER_SETTINGS } from './circuit-breaker';
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from './analysis/admission';
import type { GatewayServerOptions } from './server';
import { readManifest, TRUSTED_DOCUMENT_MODES } from './trusted-documents';

const limit = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const SUBGRAPH_NAMES = ['users', 'products', 'orders', 'payments', 'search', 'inventory', 'ai'] as const;

/**
 * The gateway's environment. The standalone gateway (`src/main.ts`) and the one-process launcher
 * (`scripts/start.ts`) both parse it, so every variable means the same in both modes.
 */
export const gatewayEnv = {
  ...baseEnv,
  PORT: portEnv(4000),
  /** A supergraph SDL file; the committed schema/supergraph.graphql when unset. */
  SUPERGRAPH_PATH: z.string().optional(),
  JWT_SECRET: z.string().min(32).default(DEMO_SECRETS.JWT_SECRET),
  JWT_ISSUER: z.string().default('shop-users'),
  JWT_AUDIENCE: z.string().default('shop-api'),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** Consecutive failures (refused, 5xx, timeout) after which a subgraph's circuit breaker opens. */
  SUBGRAPH_BREAKER_FAILURES: limit(DEFAULT_BREAKER_SETTINGS.failureThreshold),
  /** How long an open breaker answers SUBGRAPH_UNAVAILABLE at once before one probe is let through. */
  SUBGRAPH_BREAKER_COOLDOWN_MS: limit(DEFAULT_BREAKER_SETTINGS.coolDownMs),
  /** Comma-separated browser origins allowed to call the API (CORS); empty allows none cross-origin. */
  CORS_ORIGINS: z.string().default('http://localhost:3000,http://127.0.0.1:3000'),
  /** graphql-ws: how long a new socket may take to send connection_init (else closed with 4408). */
  WS_CONNECTION_INIT_TIMEOUT_MS: z.coerce.number().int().positive().default(3000),
  /** graphql-ws: largest message a client may send (else closed with 1009). */
  WS_MAX_MESSAGE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(64 * 1024),
  /** graphql-ws: active subscriptions per socket; one more is refused with TOO_MANY_SUBSCRIPTIONS. */
  WS_MAX_SUBSCRIPTIONS_PER_SOCKET: z.coerce.number().int().positive().default(100),
  /** Operation limits (src/analysis/admission.ts); a refusal is a 400 with a stable code. */
  MAX_QUERY_DEPTH: limit(DEFAULT_OPERATION_LIMITS.maxDepth),
  MAX_QUERY_ALIASES: limit(DEFAULT_OPERATION_LIMITS.maxAliases),
  MAX_QUERY_ROOT_FIELDS: limit(DEFAULT_OPERATION_LIMITS.maxRootFields),
  MAX_QUERY_HEIGHT: limit(DEFAULT_OPERATION_LIMITS.maxHeight),
  MAX_QUERY_DIRECTIVES: limit(DEFAULT_OPERATION_LIMITS.maxDirectives),
  MAX_QUERY_TOKENS: limit(DEFAULT_OPERATION_LIMITS.maxTokens),
  MAX_QUERY_COST: limit(DEFAULT_OPERATION_LIMITS.maxCost),
  /** Assumed length of a list field queried without `first`/`last`, for the cost. */
  QUERY_DEFAULT_LIST_SIZE: limit(DEFAULT_OPERATION_LIMITS.defaultListSize),
  /**
   * The GraphiQL explorer at /explorer (and GET /graphql from a browser): on by default except in
   * production; when enabled there it loads the published SDL (/schema.graphql), not introspection.
   */
  EXPLORER_ENABLED: z.stringbool().optional(),
  /**
   * Trusted documents: `off` (anything runs), `audit` (unregistered documents run and are logged),
   * `enforce` (only registered documents, sent by id). Default: enforce in production, else off.
   */
  TRUSTED_DOCUMENTS: z.enum(TRUSTED_DOCUMENT_MODES).optional(),
  /** The registered documents (sha256 → text); default: @shop/client's committed persisted-documents.json. */
  TRUSTED_DOCUMENTS_MANIFEST: z.string().min(1).optional(),
  /** The live operations dashboard at /dashboard (staff sign-in): on by default except in production. */
  DASHBOARD_ENABLED: z.stringbool().optional(),
  /** Query-cost bucket per caller (JWT subject, else client address): its size in points; 0 turns rate limiting off. */
  RATE_LIMIT_CAPACITY: z.coerce.number().int().min(0).default(1000),
  /** Points restored to each bucket per second. */
  RATE_LIMIT_RESTORE_PER_SECOND: z.coerce.number().int().positive().default(50),
  /** Prefix of the bucket keys in Redis (deployments or test runs sharing one Redis use their own). */
  RATE_LIMIT_KEY_PREFIX: z.string().min(1).default('shop:ratelimit'),
  /** Operations one gateway process works on at once; past it, 503 + Retry-After at once. */
  MAX_IN_FLIGHT: z.coerce.number().int().positive().default(256),
  /** Proxies in front of the gateway whose X-Forwarded-For entries are believed (0: the socket's address). */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  SUBGRAPH_USERS_URL: z.string().url().optional(),
  SUBGRAPH_PRODUCTS_URL: z.string().url().optional(),
  SUBGRAPH_ORDERS_URL: z.string().url().optional(),
  SUBGRAPH_PAYMENTS_URL: z.string().url().optional(),
  SUBGRAPH_SEARCH_URL: z.string().url().optional(),
  SUBGRAPH_INVENTORY_URL: z.string().url().optional(),
  SUBGRAPH_AI_URL: z.string().url().optional(),
};

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;

export function loadGatewayConfig(env: Record<string, string | undefined>) {
  return gatewaySettings(parseConfig(gatewayEnv, env));
}

/** Derived settings of a parsed gateway environment (also used by the one-process launcher). */
export function gatewaySettings<C extends z.infer<z.ZodObject<typeof gatewayEnv>>>(config: C) {
  const subgraphUrls: Record<string, string> = {};
  for (const name of SUBGRAPH_NAMES) {
    const url = (config as Record<string, unknown>)[`SUBGRAPH_${name.toUpperCase()}_URL`];
    if (typeof url === 'string') subgraphUrls[name] = url;
  }
  return {
    ...config,
    subgraphUrls,
    corsOrigins: config.CORS_ORIGINS.split(',')
      .map((o: string) => o.trim())
      .filter(Boolean),
    socketLimits: {
      connectionInitTimeoutMs: config.WS_CONNECTION_INIT_TIMEOUT_MS,
      maxMessageBytes: config.WS_MAX_MESSAGE_BYTES,
      maxSubscriptionsPerSocket: config.WS_MAX_SUBSCRIPTIONS_PER_SOCKET,
    },
    operationLimits: {
      maxDepth: config.MAX_QUERY_DEPTH,
      maxAliases: config.MAX_QUERY_ALIASES,
      maxRootFields: config.MAX_QUERY_ROOT_FIELDS,
      maxHeight: config.MAX_QUERY_HEIGHT,
      maxDirectives: config.MAX_QUERY_DIRECTIVES,
      maxTokens: config.MAX_QUERY_TOKENS,
      maxCost: config.MAX_QUERY_COST,
      defaultListSize: config.QUERY_DEFAULT_LIST_SIZE,
    } satisfies OperationLimits,
  };
}

export const DEFAULT_SUPERGRAPH_PATH = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));

/** The gateway server's options as the environment describes them; one mapping for both entry points. */
export function gatewayServerOptions(config: GatewayConfig, logger: Logger): GatewayServerOptions {
  return {
    port: config.PORT,
    host: config.HOST,
    supergraphSdl: readFileSync(config.SUPERGRAPH_PATH ?? DEFAULT_SUPERGRAPH_PATH, 'utf8'),
    subgraphUrls: config.subgraphUrls,
    gatewaySecret: config.GATEWAY_SECRET,
    jwt: { secret: config.JWT_SECRET, issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE },
    timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
    corsOrigins: config.corsOrigins,
    socketLimits: config.socketLimits,
    operationLimits: config.operationLimits,
    breaker: { failureThreshold: config.SUBGRAPH_BREAKER_FAILURES, coolDownMs: config.SUBGRAPH_BREAKER_COOLDOWN_MS },
    production: config.NODE_ENV === 'production',
    explorer: config.EXPLORER_ENABLED,
    trustedDocuments: config.TRUSTED_DOCUMENTS ?? (config.NODE_ENV === 'production' ? 'enforce' : 'off'),
    documentManifest: config.TRUSTED_DOCUMENTS_MANIFEST ? readManifest(config.TRUSTED_DOCUMENTS_MANIFEST) : undefined,
    dashboard: config.DASHBOARD_ENABLED,
    rateLimit: config.RATE_LIMIT_CAPACITY > 0 ? { capacity: config.RATE_LIMIT_CAPACITY, restorePerSecond: config.RATE_LIMIT_RESTORE_PER_SECOND } : false,
    redisUrl: config.REDIS_URL,
    rateLimitKeyPrefix: config.RATE_LIMIT_KEY_PREFIX,
    maxInFlight: config.MAX_IN_FLIGHT,
    trustedProxies: config.TRUST_PROXY,
    logger,
  };
}
