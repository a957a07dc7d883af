import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { headerValue, listenHttp, readJsonBody, respondWithApollo, sendJson, type Logger } from '@shop/kit';
import { GraphQLError } from 'graphql';
import { DEFAULT_BREAKER_SETTINGS, SubgraphBreakers, type BreakerSettings } from './circuit-breaker';
import { authenticate, type GatewayContext, type JwtSettings } from './context';
import { createGateway, subgraphsOf } from './gateway';
import { dashboardRoutes } from './dashboard';
import { explorerRoutes } from './explorer';
import { passThrough, PUBLIC_ROUTES } from './http/pass-through';
import { gatewayReadiness } from './readiness';
import { maskGatewayError } from './plugins/error-masking';
import { useCostReport } from './plugins/operation-limits';
import { admitOperation, apiSchemaOf, DEFAULT_OPERATION_LIMITS, type OperationLimits } from './analysis';
import { operationRequestOf, searchWith, sendRefusal } from './analysis/http';
import { DEFAULT_SOCKET_LIMITS, EVENT_PAYLOAD_PATH, startSubscriptions, type SocketLimits } from './subscriptions';
import { openRateLimits, type RateLimitOptions } from './limits/setup';
import { clientIp, OVERLOADED, SHED_RETRY_AFTER_SECONDS } from './limits';
import { readManifest, TrustedDocuments, type DocumentManifest, type TrustedDocumentMode } from './trusted-documents';

export const MAX_REQUEST_BYTES = 256 * 1024;

/** Rate limiting and load shedding come from RateLimitOptions (limits/setup.ts), each with its default. */
export interface GatewayServerOptions extends RateLimitOptions {
  port: number;
  host?: string;
  supergraphSdl: string;
  subgraphUrls?: Record<string, string>;
  gatewaySecret: string;
  jwt: JwtSettings;
  timeoutMs?: number;
  corsOrigins?: string[];
  production?: boolean;
  /** graphql-ws limits (subscriptions/ws-server.ts); defaults: 3 s init, 64 KB messages, 100 subscriptions. */
  socketLimits?: Partial<SocketLimits>;
  /** Per-subgraph circuit breakers (circuit-breaker.ts); defaults: 5 failures, 10 s cool-down. */
  breaker?: Partial<BreakerSettings>;
  /** Operation limits (analysis/admission.ts); defaults: DEFAULT_OPERATION_LIMITS. */
  operationLimits?: Partial<OperationLimits>;
  /** The GraphiQL explorer (src/explorer); default: on except in production. /schema.graphql is always served. */
  explorer?: boolean;
  /** Trusted documents (src/trusted-documents); default: `enforce` in production, else `off`. */
  trustedDocuments?: TrustedDocumentMode;
  /** The registered documents; default: @shop/client's committed persisted-documents.json. */
  documentManifest?: DocumentManifest;
  /** The live operations dashboard at /dashboard (src/dashboard); default: on except in production. */
  dashboard?: boolean;
  logger: Logger;
}

export interface RunningGateway {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startGateway(options: GatewayServerOptions): Promise<RunningGateway> {
  const { logger } = options;
  const subgraphUrls = options.subgraphUrls ?? {};
  const breakers = new SubgraphBreakers({ ...DEFAULT_BREAKER_SETTINGS, ...options.breaker });
  const gateway = createGateway({
    supergraphSdl: options.supergraphSdl,
    subgraphUrls,
    gatewaySecret: options.gatewaySecret,
    timeoutMs: options.timeoutMs ?? 10_000,
    breakers,
  });
  const mask = maskGatewayError(logger);
  const manifest = options.documentManifest ?? readManifest();
  const trusted = new TrustedDocuments(options.trustedDocuments ?? (options.production ? 'enforce' : 'off'), manifest, logger);
  const limits = await openRateLimits(options, logger);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    // "Did you mean …?" suggestions leak schema details; production clients use the published SDL.
    hideSchemaDetailsFromClientErrors: Boolean(options.production),
    formatError: mask,
    // No Apollo landing page: it loads from a CDN; browsers get our own explorer (src/explorer).
    // A hash-only APQ request would run a cached document with new variables, past admission's cost check.
    persistedQueries: false,
    plugins: [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginLandingPageDisabled(), useCostReport(), limits.plugin],
  });
  try {
    await apollo.start();
  } catch (error) {
    await limits.close();
    throw error;
  }
  const apiSchema = apiSchemaOf(options.supergraphSdl);
  const operationLimits = { ...DEFAULT_OPERATION_LIMITS, ...options.operationLimits };

  const healthTargets = subgraphsOf(options.supergraphSdl).map((s) => ({
    name: s.name,
    url: (subgraphUrls[s.name] ?? s.url).replace(/\/graphql$/, '/health'),
  }));
  const ready = gatewayReadiness(healthTargets.map((t) => ({ name: t.name, url: t.url.replace(/\/health$/, '/ready') })));
  const cors = new Set(options.corsOrigins ?? []);
  const explorer = explorerRoutes({
    supergraphSdl: options.supergraphSdl,
    enabled: options.explorer ?? !options.production,
    usePublishedSchema: Boolean(options.production),
  });
  const dashboard = dashboardRoutes({ enabled: options.dashboard ?? !options.production, manifest });
  const subgraphBase = new Map(subgraphsOf(options.supergraphSdl).map((s) => [s.name, new URL(subgraphUrls[s.name] ?? s.url).origin]));
  const publicRoute = passThrough({ routes: PUBLIC_ROUTES, baseUrl: (name) => subgraphBase.get(name), timeoutMs: options.timeoutMs ?? 10_000, logger });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://gateway');
    // Every answer, JSON or not: browsers must never sniff a response into HTML or script.
    res.setHeader('x-content-type-options', 'nosniff');
    const origin = req.headers.origin;
    if (origin && cors.has(origin)) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('vary', 'origin');
      res.setHeader('access-control-allow-headers', 'content-type, authorization, x-request-id, apollo-require-preflight');
      res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    }
    if (req.method === 'OPTIONS') {
      res.statusCode = 204;
      return res.end();
    }
    if (url.pathname === '/health') return sendJson(res, ...(await health()));
    if (url.pathname === '/ready') return sendJson(res, ...(await ready()));
    if (await explorer(req, res, url)) return;
    if (await dashboard(req, res, url)) return;
    if (publicRoute(req, res, url)) return;
    if (url.pathname === EVENT_PAYLOAD_PATH) return subscriptions.eventPayload(req, res);
    if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'not found' });
    // Shed at once rather than queue: a queued request holds its socket and body in memory anyway.
    if (!limits.inFlight.tryAcquire()) {
      res.setHeader('retry-after', String(SHED_RETRY_AFTER_SECONDS));
      return sendJson(res, 503, { errors: [{ message: 'The gateway is at capacity; retry shortly.', extensions: { code: OVERLOADED } }] });
    }
    try {
      return await handleGraphql(req, res, url);
    } finally {
      limits.inFlight.release();
    }
  }

  async function handleGraphql(req: IncomingMessage, res: ServerResponse, url: URL) {
    const parsed = await readJsonBody(req, res, MAX_REQUEST_BYTES);
    if (!parsed.ok) return;
    const body = parsed.body;
    const address = clientIp(req, limits.trustedProxies);
    if (Array.isArray(body)) {
      await limits.report(res, `ip:${address}`);
      return sendJson(res, 400, { errors: [{ message: 'Batched requests are not supported.', extensions: { code: 'BAD_REQUEST' } }] });
    }
    // A registered document's id becomes its text here, before admission and Apollo see it.
    const resolved = trusted.resolve(operationRequestOf(req.method, url, body), 'http');
    if (!resolved.ok) {
      await limits.report(res, `ip:${address}`);
      return sendRefusal(res, resolved.error);
    }
    const operation = resolved.request;
    const admission = admitOperation(apiSchema, operation, operationLimits);
    if (!admission.ok) {
      await limits.report(res, `ip:${address}`);
      return sendRefusal(res, admission.error);
    }
    const cost = admission.document ? { requested: admission.analysis.cost } : undefined;

    let identity;
    try {
      identity = await authenticate(headerValue(req, 'authorization'), headerValue(req, 'x-request-id'), options.jwt, address);
    } catch (error) {
      const e = error as GraphQLError;
      await limits.report(res, `ip:${address}`);
      return sendJson(res, 401, { errors: [{ message: e.message, extensions: { code: 'UNAUTHENTICATED' } }] });
    }

    res.setHeader('x-request-id', identity.requestId);
    const get = req.method === 'GET';
    return respondWithApollo(apollo, req, res, {
      url: get ? searchWith(url, operation) : url,
      body: !get && body && typeof body === 'object' ? operation : body,
      context: async () => ({ identity, cost }),
    });
  }

  async function health(): Promise<[number, unknown]> {
    const results = await Promise.all(
      healthTargets.map(async (t) => {
        try {
          const r = await fetch(t.url, { signal: AbortSignal.timeout(2000) });
          return [t.name, r.ok ? 'ok' : `unhealthy (${r.status})`] as const;
        } catch {
          return [t.name, 'unreachable'] as const;
        }
      }),
    );
    const healthy = results.every(([, s]) => s === 'ok');
    return [healthy ? 200 : 503, { status: healthy ? 'ok' : 'degraded', subgraphs: Object.fromEntries(results) }];
  }

  const { httpServer, port, url, close } = await listenHttp(handle, { port: options.port, host: options.host, logger });
  // graphql-ws on the same port and /graphql path: subscriptions, and queries/mutations over the socket.
  const subscriptions = startSubscriptions({
    httpServer,
    apollo,
    supergraphSdl: options.supergraphSdl,
    subgraphUrls,
    gatewaySecret: options.gatewaySecret,
    timeoutMs: options.timeoutMs ?? 10_000,
    breakers,
    jwt: options.jwt,
    corsOrigins: options.corsOrigins ?? [],
    limits: { ...DEFAULT_SOCKET_LIMITS, ...options.socketLimits },
    operationLimits,
    production: Boolean(options.production),
    trusted,
    mask,
    rateLimits: limits,
    logger,
  });
  logger.info('gateway listening', { url });
  return {
    url,
    port,
    async close() {
      // Sockets first (1001 to clients, upstream subscriptions completed); they would hold the HTTP server open.
      await subscriptions.close();
      await close();
      await apollo.stop();
      await limits.close();
    },
  };
}
