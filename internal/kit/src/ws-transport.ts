import { STATUS_CODES, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { CloseCode, makeServer, type ServerOptions } from 'graphql-ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Logger } from './logger';

const PROTOCOL = 'graphql-transport-ws';

/** What graphql-ws hands to every hook as `ctx.extra`. */
export interface WsExtra {
  socket: WebSocket;
  request: IncomingMessage;
}

export interface GraphqlWsEndpointOptions<P extends Record<string, unknown> | undefined, E extends WsExtra> {
  httpServer: Server;
  /** The only path upgraded; other upgrades get 404. */
  path: string;
  /** graphql-ws server options (hooks, execute/subscribe, init timeout). */
  server: ServerOptions<P, E>;
  /** Largest message accepted; a bigger one closes the socket with 1009. */
  maxMessageBytes: number;
  /** Protocol-level ping interval; a socket that misses a pong for as long is dropped. */
  keepAliveMs?: number;
  /** Returns an HTTP status to refuse the upgrade with (e.g. 403 for a foreign origin), or null. */
  verifyUpgrade?: (request: IncomingMessage) => number | null;
  /** Builds ctx.extra from the socket; defaults to `{ socket, request }`. */
  extra?: (socket: WebSocket, request: IncomingMessage) => E;
  logger: Logger;
}

export interface GraphqlWsEndpoint {
  /** Open sockets right now. */
  connections(): number;
  /** Closes every socket with 1001 "Going away", waits for their operations to end, stops upgrading. */
  close(): Promise<void>;
}

/**
 * graphql-ws over `ws` on an existing HTTP server, sharing its port and path. A thin adapter like
 * graphql-ws's own `useServer`, with what that one lacks for us: upgrade refusal (origin), a
 * message size cap, logging through our logger instead of the console, and a close that waits for
 * every operation's cleanup (so upstream subscriptions are completed before the process exits).
 */
export function serveGraphqlWs<P extends Record<string, unknown> | undefined, E extends WsExtra>(options: GraphqlWsEndpointOptions<P, E>): GraphqlWsEndpoint {
  const { logger } = options;
  const server = makeServer(options.server);
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxMessageBytes,
    handleProtocols: (protocols) => (protocols.has(PROTOCOL) ? PROTOCOL : false),
  });
  const cleanups = new Set<Promise<void>>();
  const keepAliveMs = options.keepAliveMs ?? 12_000;

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const { pathname } = new URL(request.url ?? '/', 'http://upgrade');
    const status = pathname !== options.path ? 404 : (options.verifyUpgrade?.(request) ?? null);
    if (status) {
      socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  };
  options.httpServer.on('upgrade', onUpgrade);

  wss.on('connection', (ws: WebSocket, request: IncomingMessage) => {
    // ws closes the socket itself on protocol errors (1002) and oversized messages (1009).
    ws.on('error', (error) => logger.debug('websocket protocol error', { error }));
    let alive = true;
    ws.on('pong', () => void (alive = true));
    const ping = setInterval(() => {
      if (!alive) return ws.terminate();
      alive = false;
      ws.ping();
    }, keepAliveMs);
    ping.unref();

    const extra = options.extra ? options.extra(ws, request) : ({ socket: ws, request } as E);
    const closed = server.opened(
      {
        protocol: ws.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (ws.readyState !== ws.OPEN) return resolve();
            ws.send(data, (error) => (error ? reject(error) : resolve()));
          }),
        close: (code, reason) => ws.close(code, reason),
        onMessage: (handle) =>
          ws.on('message', (data: Buffer) => {
            handle(data.toString('utf8')).catch((error: unknown) => {
              logger.error('graphql-ws message handling failed', { error });
              ws.close(CloseCode.InternalServerError, 'Internal server error');
            });
          }),
      },
      extra,
    );
    ws.once('close', (code, reason) => {
      clearInterval(ping);
      const cleanup = closed(code, reason.toString('utf8'))
        .catch((error: unknown) => logger.error('graphql-ws close handling failed', { error }))
        .finally(() => cleanups.delete(cleanup));
      cleanups.add(cleanup);
    });
  });

  return {
    connections: () => wss.clients.size,
    async close() {
      options.httpServer.off('upgrade', onUpgrade);
      const sockets = [...wss.clients];
      await Promise.all(
        sockets.map(
          (ws) =>
            new Promise<void>((resolve) => {
              if (ws.readyState === ws.CLOSED) return resolve();
              ws.once('close', () => resolve());
              ws.close(1001, 'Going away');
              // A peer that never answers the close handshake is cut off rather than waited for.
              setTimeout(() => ws.terminate(), 1000).unref();
            }),
        ),
      );
      // Operations end as their sources return; one that never does must not hold the shutdown.
      await Promise.race([Promise.all([...cleanups]), new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
