import { AsyncQueue, IDENTITY_EXTENSION, signIdentity, type Identity, type Logger } from '@shop/kit';
import type { FormattedExecutionResult, GraphQLFormattedError } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** Why an upstream subscription ended early: its socket went away, or the subgraph refused it. */
export class UpstreamFailure extends Error {
  constructor(
    readonly subgraph: string,
    /** GraphQL errors the subgraph sent, when it refused the operation rather than dropped. */
    readonly errors: readonly GraphQLFormattedError[] | null,
    readonly closeCode: number | null,
  ) {
    super(errors ? `subgraph ${subgraph} refused the subscription` : `subgraph ${subgraph} connection closed (${closeCode ?? 'error'})`);
    this.name = 'UpstreamFailure';
  }
}

export interface UpstreamOptions {
  /** graphql-ws URL (ws://…/graphql) of each subgraph. */
  urls: Record<string, string>;
  gatewaySecret: string;
  /** How long a subgraph may take to acknowledge a connection. */
  ackTimeoutMs: number;
  /** Ping interval; a subgraph that does not answer a ping within it is dropped. */
  keepAliveMs?: number;
  /** Events buffered per subscription while the gateway resolves earlier ones. */
  bufferSize: number;
  logger: Logger;
}

/**
 * The gateway's side of the subgraph sockets: one lazily opened graphql-ws connection per
 * subgraph, multiplexing every client subscription to it, each operation carrying its end user's
 * signed identity. Nothing is retried behind the client's back: when a subgraph's socket dies, each
 * subscription on it fails (and the client may subscribe again, on whichever replica is alive).
 */
export class UpstreamSubscriptions {
  private readonly clients = new Map<string, Client>();

  constructor(private readonly options: UpstreamOptions) {}

  open(subgraph: string, request: { query: string; operationName?: string; variables: Record<string, unknown> }, identity: Identity) {
    const client = this.client(subgraph);
    let dispose = () => {};
    const events = new AsyncQueue<FormattedExecutionResult>(this.options.bufferSize, () => dispose());
    dispose = client.subscribe(
      { ...request, extensions: { [IDENTITY_EXTENSION]: signIdentity(this.options.gatewaySecret, identity) } },
      {
        next: (value) => void events.push(value as FormattedExecutionResult),
        error: (error) => {
          const errors = Array.isArray(error) ? (error as GraphQLFormattedError[]) : null;
          const code = !errors && error && typeof error === 'object' && 'code' in error ? Number(error.code) : null;
          events.fail(new UpstreamFailure(subgraph, errors, code));
        },
        complete: () => events.end(),
      },
    );
    return events;
  }

  /** Completes every upstream subscription and closes the sockets. */
  async close(): Promise<void> {
    const clients = [...this.clients.values()];
    this.clients.clear();
    await Promise.all(clients.map((c) => c.dispose()));
  }

  private client(subgraph: string): Client {
    const existing = this.clients.get(subgraph);
    if (existing) return existing;
    const url = this.options.urls[subgraph];
    if (!url) throw new Error(`No URL for subgraph ${subgraph}`);
    const { gatewaySecret, logger } = this.options;
    const keepAliveMs = this.options.keepAliveMs ?? 10_000;
    let socket: WebSocket | null = null;
    let pongDeadline: NodeJS.Timeout | undefined;
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      lazy: true,
      lazyCloseTimeout: 3000,
      retryAttempts: 0,
      connectionAckWaitTimeout: this.options.ackTimeoutMs,
      keepAlive: keepAliveMs,
      // Proof that this is the gateway, fresh on every (re)connection.
      connectionParams: () => signIdentity(gatewaySecret, { userId: null, role: null, requestId: `gateway-ws-${subgraph}` }),
      on: {
        connected: (s) => void (socket = s as WebSocket),
        ping: (received) => {
          if (received) return;
          clearTimeout(pongDeadline);
          pongDeadline = setTimeout(() => socket?.readyState === WebSocket.OPEN && socket.close(4408, 'Pong timeout'), keepAliveMs);
          pongDeadline.unref();
        },
        pong: (received) => void (received && clearTimeout(pongDeadline)),
        closed: (event) => {
          clearTimeout(pongDeadline);
          socket = null;
          logger.debug('subgraph subscription socket closed', { subgraph, code: (event as { code?: number }).code });
        },
      },
    });
    this.clients.set(subgraph, client);
    return client;
  }
}
