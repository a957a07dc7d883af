import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** What one subscription received: data events, error codes (from `next` or `error`), and whether it ended. */
export interface Recorded<T = any> {
  events: T[];
  codes: string[];
  done: boolean;
  stop(): void;
}

/** A browser-like graphql-ws client of the gateway: `authorization` in connection_init, no retries. */
export class LiveClient {
  readonly client: Client;

  constructor(gatewayUrl: string, token?: string) {
    this.client = createClient({
      url: gatewayUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    });
  }

  /** Subscribes and records `data[field]` of every event. */
  subscribe<T = any>(query: string, variables: Record<string, unknown>, field: string): Recorded<T> {
    const recorded: Recorded<T> = { events: [], codes: [], done: false, stop: () => {} };
    const codesOf = (errors: readonly { extensions?: Record<string, unknown> }[] | undefined) =>
      (errors ?? []).map((e) => String(e.extensions?.code ?? 'NO_CODE'));
    recorded.stop = this.client.subscribe<Record<string, T>>(
      { query, variables },
      {
        next: (result) => {
          recorded.codes.push(...codesOf(result.errors as never));
          if (result.data?.[field]) recorded.events.push(result.data[field]);
        },
        error: (error) => {
          recorded.codes.push(...(Array.isArray(error) ? codesOf(error) : [`SOCKET:${(error as { code?: number }).code ?? String(error)}`]));
          recorded.done = true;
        },
        complete: () => void (recorded.done = true),
      },
    );
    return recorded;
  }

  dispose(): Promise<void> {
    return Promise.resolve(this.client.dispose());
  }
}
