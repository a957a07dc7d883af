import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';
import { isExposedError } from './errors';
import { verifyIdentity, type Identity } from './identity';
import type { Logger } from './logger';

export const MAX_BODY_BYTES = 1_000_000;

export interface HealthCheck {
  (): Promise<void>;
}

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
  logger: Logger;
  production?: boolean;
  /** Called with every GraphQL request the subgraph accepts (used by tests and metrics). */
  observe?: (request: { subgraph: string; query: string; variables: unknown }) => void;
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
 * unauthenticated GET /health.
 */
export async function startSubgraphServer<TContext extends BaseContext>(options: SubgraphServerOptions<TContext>): Promise<RunningSubgraph> {
  const { name, logger } = options;
  const apollo = new ApolloServer<TContext>({
    schema: buildSubgraphSchema([{ typeDefs: options.typeDefs, resolvers: options.resolvers }]),
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    // Shutdown is ours (closeOnSignal): Apollo's own signal handler would race it.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    formatError: (formatted, error) => maskError(formatted, error, logger),
  });
  await apollo.start();

  const httpServer = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error('unhandled request failure', { error });
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error' }] });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://subgraph');
    if (url.pathname === '/health') return sendHealth(res, name, options.health ?? {});
    if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'not found' });

    const verdict = verifyIdentity(options.gatewaySecret, (h) => headerValue(req, h));
    if (!verdict.ok) {
      return sendJson(res, 401, {
        errors: [{ message: 'Calls must come through the gateway.', extensions: { code: 'UNAUTHENTICATED', reason: verdict.reason } }],
      });
    }
    const identity = verdict.identity;
    const requestLogger = logger.child({ requestId: identity.requestId });

    let body: unknown;
    if (req.method === 'POST') {
      const raw = await readBody(req, MAX_BODY_BYTES);
      if (raw === null) return sendJson(res, 413, { errors: [{ message: 'Request body too large.' }] });
      try {
        body = raw.length ? JSON.parse(raw) : {};
      } catch {
        return sendJson(res, 400, { errors: [{ message: 'Request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
      }
      if (options.observe && body && typeof body === 'object') {
        const b = body as { query?: string; variables?: unknown };
        options.observe({ subgraph: name, query: b.query ?? '', variables: b.variables });
      }
    }

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => options.createContext(identity, requestLogger),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  // Outlive the clients' keep-alive so a reused connection is never closed under a request.
  httpServer.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host ?? '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
  const url = `http://${host}:${port}/graphql`;
  logger.info('subgraph listening', { subgraph: name, url });

  return {
    name,
    url,
    port,
    httpServer,
    async close() {
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      });
      await apollo.stop();
    },
  };
}

function maskError(formatted: GraphQLFormattedError, error: unknown, logger: Logger): GraphQLFormattedError {
  if (isExposedError(formatted.extensions?.code)) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  logger.error('unexpected resolver error', { error: (error as { originalError?: unknown }).originalError ?? error, path: formatted.path });
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

async function sendHealth(res: ServerResponse, name: string, checks: Record<string, HealthCheck>) {
  const results: Record<string, string> = {};
  let healthy = true;
  await Promise.all(
    Object.entries(checks).map(async ([check, run]) => {
      try {
        await run();
        results[check] = 'ok';
      } catch (error) {
        healthy = false;
        results[check] = error instanceof Error ? error.message : 'failed';
      }
    }),
  );
  sendJson(res, healthy ? 200 : 503, { status: healthy ? 'ok' : 'unhealthy', subgraph: name, checks: results });
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

/** Reads a request body as UTF-8, or null once it exceeds `limit` bytes. */
export async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
