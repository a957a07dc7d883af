import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { readBody, sendJson, type Logger } from '@shop/kit';
import { GraphQLError } from 'graphql';
import { authenticate, type GatewayContext, type JwtSettings } from './context';
import { createGateway, subgraphsOf } from './gateway';
import { maskGatewayError } from './plugins/error-masking';
import { useOperationLimits } from './plugins/operation-limits';

export const MAX_REQUEST_BYTES = 256 * 1024;

export interface GatewayServerOptions {
  port: number;
  host?: string;
  supergraphSdl: string;
  subgraphUrls?: Record<string, string>;
  gatewaySecret: string;
  jwt: JwtSettings;
  timeoutMs?: number;
  corsOrigins?: string[];
  production?: boolean;
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
  const gateway = createGateway({
    supergraphSdl: options.supergraphSdl,
    subgraphUrls,
    gatewaySecret: options.gatewaySecret,
    timeoutMs: options.timeoutMs ?? 10_000,
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    // "Did you mean …?" suggestions leak schema details; production clients use the published SDL.
    hideSchemaDetailsFromClientErrors: Boolean(options.production),
    formatError: maskGatewayError(logger),
    plugins: [ApolloServerPluginUsageReportingDisabled(), useOperationLimits()],
  });
  await apollo.start();

  const healthTargets = subgraphsOf(options.supergraphSdl).map((s) => ({
    name: s.name,
    url: (subgraphUrls[s.name] ?? s.url).replace(/\/graphql$/, '/health'),
  }));
  const cors = new Set(options.corsOrigins ?? []);

  const httpServer = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error('unhandled gateway failure', { error });
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error' }] });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://gateway');
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
    if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'not found' });

    let body: unknown;
    if (req.method === 'POST') {
      const raw = await readBody(req, MAX_REQUEST_BYTES);
      if (raw === null) return sendJson(res, 413, { errors: [{ message: 'Request body too large.', extensions: { code: 'BAD_REQUEST' } }] });
      try {
        body = raw.length ? JSON.parse(raw) : {};
      } catch {
        return sendJson(res, 400, { errors: [{ message: 'Request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
      }
      if (Array.isArray(body)) return sendJson(res, 400, { errors: [{ message: 'Batched requests are not supported.', extensions: { code: 'BAD_REQUEST' } }] });
    }

    let identity;
    try {
      identity = await authenticate(header(req, 'authorization'), header(req, 'x-request-id'), options.jwt);
    } catch (error) {
      const e = error as GraphQLError;
      return sendJson(res, 401, { errors: [{ message: e.message, extensions: { code: 'UNAUTHENTICATED' } }] });
    }

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => ({ identity }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.setHeader('x-request-id', identity.requestId);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') return res.end(response.body.string);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
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

  // Outlive the clients' keep-alive so a reused connection is never closed under a request.
  httpServer.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host ?? '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1'}:${port}/graphql`;
  logger.info('gateway listening', { url });
  return {
    url,
    port,
    async close() {
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      });
      await apollo.stop();
    },
  };
}

const header = (req: IncomingMessage, name: string) => {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
};
