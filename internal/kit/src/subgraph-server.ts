import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';
import { ErrorCode, isExposedError } from './errors';
import { EVENT_EXECUTION_PATH, executeOnEvent, isEventExecutionRequest } from './event-execution';
import { graphqlRuntime } from './graphql-runtime';
import { hasMalformedLiteral } from './input-guard';
import { headerValue, listenHttp, readJsonBody, respondWithApollo, sendJson } from './http';
import { verifyIdentity, type Identity } from './identity';
import type { Logger } from './logger';
import { readinessEndpoint, type ReadinessCheck } from './readiness';
import { serveSubgraphSubscriptions } from './subgraph-subscriptions';

export const MAX_BODY_BYTES = 1_000_000;

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface HealthCheck {
  (): Promise<void>;
}

/**
 * What the composition root knows about the process's shared dependencies (the event bus, the
 * pub/sub connection): more /health checks, and counters shown under `metrics`.
 */
export interface ProcessHealth {
  checks?: Record<string, HealthCheck>;
  metrics?: () => Promise<Record<string, unknown>>;
}

/** A check that has not answered within this long counts as failed (a dead socket must not hang /health). */
const HEALTH_CHECK_TIMEOUT_MS = 2000;

export interface SubgraphServerOptions<TContext extends BaseContext> {
  name: string;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<TContext>;
  /** Port to listen on; 0 picks a free one. */
  port: number;
  host?: string;
  /** Shared secret with the gateway; requests without a valid signature are refused. */
  gatewaySecret: string;
  createContext: (identity: Identity, logger: Logger) => TContext | Promise<TContext>;
  /** Named dependency checks reported by GET /health. */
  health?: Record<string, HealthCheck>;
  /** The process's shared dependencies (from the composition root), reported by /health too. */
  processHealth?: ProcessHealth;
  /** GET /ready: whether the read models have caught up with the bus (ready as soon as listening when absent). */
  readiness?: ReadinessCheck;
  logger: Logger;
  production?: boolean;
  /** Called with every GraphQL request the subgraph accepts (used by tests and metrics). */
  observe?: (request: { subgraph: string; query: string; variables: unknown }) => void;
  /**
   * Extra HTTP endpoints by exact path (e.g. a payment provider's webhook). They are not GraphQL and
   * not called by the gateway, so no identity signature is required: each route authenticates its
   * own callers.
   */
  routes?: Record<string, RouteHandler>;
  /**
   * Like `routes`, for every path that starts with a prefix (e.g. `/images/`, for files served by
   * name); the handler checks the rest of the path itself. Exact routes win.
   */
  prefixRoutes?: Record<string, RouteHandler>;
  /**
   * Also serve the schema's Subscription fields over graphql-ws on the same port and /graphql
   * path, for the gateway only (see subgraph-subscriptions.ts). Resolvers use `subscribe`
   * returning an async iterator, typically a PubSub subscription.
   */
  subscriptions?: true;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  httpServer: Server;
  close(): Promise<void>;
}

/**
 * Serves a Federation 2 subgraph over HTTP: POST/GET /graphql for signed gateway calls and an
 * unauthenticated GET /health; with `subscriptions: true`, graphql-ws on the same /graphql too;
 * POST /internal/execute-event (signed too) runs a subscription's selection on one given event
 * (event-execution.ts: what webhook payloads are made of).
 */
export async function startSubgraphServer<TContext extends BaseContext>(options: SubgraphServerOptions<TContext>): Promise<RunningSubgraph> {
  const { name, logger } = options;
  const schema = buildSubgraphSchema([{ typeDefs: options.typeDefs, resolvers: options.resolvers }]);
  const apollo = new ApolloServer<TContext>({
    schema,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    // Shutdown is ours (closeOnSignal): Apollo's own signal handler would race it.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginInlineTraceDisabled(), refuseMalformedText()],
    formatError: (formatted, error) => maskSubgraphError(formatted, error, logger),
  });
  await apollo.start();

  const ready = readinessEndpoint(name, options.readiness);

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://subgraph');
    if (url.pathname === '/health') return sendHealth(res, name, { ...options.processHealth?.checks, ...options.health }, options.processHealth?.metrics);
    if (url.pathname === '/ready') return ready(res);
    const route = options.routes?.[url.pathname] ?? prefixRoute(options.prefixRoutes, url.pathname);
    if (route) return route(req, res);
    const onEvent = url.pathname === EVENT_EXECUTION_PATH && req.method === 'POST';
    if (url.pathname !== '/graphql' && !onEvent) return sendJson(res, 404, { error: 'not found' });

    const parsed = await readJsonBody(req, res, MAX_BODY_BYTES);
    if (!parsed.ok) return;
    // The signature covers the method and the body's digest: captured headers cannot carry another operation.
    const verdict = verifyIdentity(options.gatewaySecret, (h) => headerValue(req, h), { method: req.method ?? 'GET', body: parsed.raw });
    if (!verdict.ok) {
      return sendJson(res, 401, {
        errors: [{ message: 'Calls must come through the gateway.', extensions: { code: 'UNAUTHENTICATED', reason: verdict.reason } }],
      });
    }
    const identity = verdict.identity;
    if (onEvent) {
      if (!isEventExecutionRequest(parsed.body))
        return sendJson(res, 400, { errors: [{ message: 'Expected { query, root }.', extensions: { code: 'BAD_REQUEST' } }] });
      const mask = (formatted: GraphQLFormattedError, error: unknown) => maskSubgraphError(formatted, error, logger);
      const answer = await executeOnEvent({ schema, createContext: options.createContext, mask, logger }, identity, parsed.body);
      return sendJson(res, answer.status, answer.body);
    }
    const requestLogger = logger.child({ requestId: identity.requestId });
    const body = parsed.body;
    if (options.observe && body && typeof body === 'object') {
      const b = body as { query?: string; variables?: unknown };
      options.observe({ subgraph: name, query: b.query ?? '', variables: b.variables });
    }

    return respondWithApollo(apollo, req, res, { url, body, context: async () => options.createContext(identity, requestLogger) });
  }

  const { httpServer, port, url, close } = await listenHttp(handle, { port: options.port, host: options.host, logger });
  const subscriptions = options.subscriptions
    ? serveSubgraphSubscriptions({
        name,
        httpServer,
        schema,
        gatewaySecret: options.gatewaySecret,
        createContext: options.createContext,
        maskError: (formatted, error) => maskSubgraphError(formatted, error, logger),
        logger,
        maxMessageBytes: MAX_BODY_BYTES,
        observe: options.observe,
      })
    : null;
  logger.info('subgraph listening', { subgraph: name, url, subscriptions: Boolean(subscriptions) });

  return {
    name,
    url,
    port,
    httpServer,
    async close() {
      // Sockets first: an upgraded socket keeps the HTTP server from closing.
      await subscriptions?.close();
      await close();
      await apollo.stop();
    },
  };
}

/**
 * The subgraph's own guard against text no store can keep (the gateway refuses it first; this
 * holds for any caller): string literals with NUL or lone surrogates are a 400 BAD_USER_INPUT.
 * Variables and the body's bytes are checked by readJsonBody.
 */
function refuseMalformedText(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document }) {
          if (hasMalformedLiteral(document)) {
            throw new graphqlRuntime.GraphQLError('Text may not contain NUL characters or unpaired surrogates.', {
              extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

function prefixRoute(routes: Record<string, RouteHandler> | undefined, pathname: string): RouteHandler | undefined {
  for (const [prefix, route] of Object.entries(routes ?? {})) if (pathname.startsWith(prefix)) return route;
  return undefined;
}

/** Errors raised on purpose keep their message and code; anything else is logged and masked. */
export function maskSubgraphError(formatted: GraphQLFormattedError, error: unknown, logger: Logger): GraphQLFormattedError {
  if (isExposedError(formatted.extensions?.code)) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  logger.error('unexpected resolver error', { error: (error as { originalError?: unknown }).originalError ?? error, path: formatted.path });
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

async function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), HEALTH_CHECK_TIMEOUT_MS)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * 200 `ok` when every dependency answers; 503 `degraded` with the failing ones named while one is
 * down (the process keeps running and reconnects; work resumes by itself).
 */
async function sendHealth(res: ServerResponse, name: string, checks: Record<string, HealthCheck>, metrics?: ProcessHealth['metrics']) {
  const results: Record<string, string> = {};
  const failing: string[] = [];
  const [counters] = await Promise.all([
    metrics ? withTimeout(metrics()).catch(() => undefined) : undefined,
    ...Object.entries(checks).map(async ([check, run]) => {
      try {
        await withTimeout(run());
        results[check] = 'ok';
      } catch (error) {
        failing.push(check);
        results[check] = error instanceof Error ? error.message : 'failed';
      }
    }),
  ]);
  sendJson(res, failing.length ? 503 : 200, {
    status: failing.length ? 'degraded' : 'ok',
    subgraph: name,
    checks: results,
    ...(failing.length ? { failing: failing.sort() } : {}),
    ...(counters ? { metrics: counters } : {}),
  });
}
