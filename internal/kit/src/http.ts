import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { decodeUtf8, findMalformedString } from './input-guard';
import type { Logger } from './logger';

/** The plain-HTTP plumbing the gateway and every subgraph share around Apollo Server. */

export function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

export function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Reads a request body's bytes, or null once it exceeds `limit` bytes. */
export async function readBodyBytes(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Reads a request body as UTF-8, or null once it exceeds `limit` bytes. */
export async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return (await readBodyBytes(req, limit))?.toString('utf8') ?? null;
}

const badRequest = (res: ServerResponse, status: number, message: string, code = 'BAD_REQUEST') =>
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });

/**
 * Parses a POST body as JSON (undefined for other methods), with its raw text (empty for other
 * methods). Answers 413 past `limit` bytes, 400 BAD_REQUEST for malformed JSON and 400
 * BAD_USER_INPUT for bytes that are not UTF-8 or strings holding a NUL or a lone surrogate (no
 * store can keep them), returning `{ ok: false }` so the caller simply stops.
 */
export async function readJsonBody(
  req: IncomingMessage,
  res: ServerResponse,
  limit: number,
): Promise<{ ok: true; body: unknown; raw: string } | { ok: false }> {
  if (req.method !== 'POST') return { ok: true, body: undefined, raw: '' };
  const bytes = await readBodyBytes(req, limit);
  if (bytes === null) {
    badRequest(res, 413, 'Request body too large.');
    return { ok: false };
  }
  const raw = decodeUtf8(bytes);
  if (raw === null) {
    badRequest(res, 400, 'Request body is not valid UTF-8.', 'BAD_USER_INPUT');
    return { ok: false };
  }
  let body: unknown;
  try {
    body = raw.length ? JSON.parse(raw) : {};
  } catch {
    badRequest(res, 400, 'Request body is not valid JSON.');
    return { ok: false };
  }
  const malformed = findMalformedString(body);
  if (malformed) {
    badRequest(res, 400, `Text may not contain NUL characters or unpaired surrogates (at ${malformed}).`, 'BAD_USER_INPUT');
    return { ok: false };
  }
  return { ok: true, body, raw };
}

/** Runs one GraphQL HTTP request through Apollo Server and writes its answer. */
export async function respondWithApollo<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  req: IncomingMessage,
  res: ServerResponse,
  request: { url: URL; body: unknown; context: () => Promise<TContext> },
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: request.url.search, body: request.body },
    context: request.context,
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') return void res.end(response.body.string);
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

export interface HttpListener {
  httpServer: Server;
  port: number;
  /** The /graphql URL, with a connectable host when listening on all interfaces. */
  url: string;
  close(): Promise<void>;
}

/**
 * Listens with `handle`, answering 500 (and logging) when it throws, and with a keep-alive that
 * outlives the clients' so a reused connection is never closed under a request.
 */
export async function listenHttp(
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<unknown>,
  options: { port: number; host?: string; logger: Logger },
): Promise<HttpListener> {
  const httpServer = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.logger.error('unhandled request failure', { error });
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error' }] });
    });
  });
  httpServer.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host ?? '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
  return {
    httpServer,
    port,
    url: `http://${host}:${port}/graphql`,
    close: () =>
      new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      }),
  };
}
