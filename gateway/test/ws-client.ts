import { waitFor } from '@shop/testing';
import { createClient, type Client, type SubscribePayload } from 'graphql-ws';
import WebSocket from 'ws';

/** A real graphql-ws client as a frontend would hold one, that records how its socket closed. */
export interface TestClient extends Client {
  closes: number[];
  connected(): boolean;
}

export function connect(wsUrl: string, options: { token?: string; params?: Record<string, unknown>; headers?: Record<string, string> } = {}): TestClient {
  const closes: number[] = [];
  let connected = false;
  const client = createClient({
    url: wsUrl,
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: options.headers });
      }
    },
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => {},
    connectionParams: options.params ?? (options.token ? { authorization: `Bearer ${options.token}` } : undefined),
    on: {
      connected: () => void (connected = true),
      closed: (event) => {
        connected = false;
        closes.push((event as { code: number }).code);
      },
    },
  });
  return Object.assign(client, { closes, connected: () => connected });
}

export interface Recording {
  events: Record<string, any>[];
  error?: unknown;
  completed: boolean;
  /** Resolves when the operation ends (completed or errored). */
  ended: Promise<void>;
  stop(): void;
}

/** Starts an operation and records everything the client sees of it. */
export function record(client: Client, payload: SubscribePayload): Recording {
  let end!: () => void;
  const recording: Recording = { events: [], completed: false, ended: new Promise((resolve) => (end = resolve)), stop: () => {} };
  recording.stop = client.subscribe(payload, {
    next: (value) => void recording.events.push(value),
    error: (error) => {
      recording.error = error;
      end();
    },
    complete: () => {
      recording.completed = true;
      end();
    },
  });
  return recording;
}

/** Runs a query or mutation over the socket and returns its single result. */
export async function execute(client: Client, payload: SubscribePayload): Promise<Record<string, any>> {
  const r = record(client, payload);
  await r.ended;
  if (r.error) throw new Error(`operation failed: ${JSON.stringify(r.error)}`);
  return r.events[0]!;
}

export const eventCount = (r: Recording, n: number, message = `${n} events`) => waitFor(() => r.events.length >= n, { message });

/** A bare WebSocket speaking (or misusing) the protocol by hand; `closed` resolves with the close code. */
export function rawSocket(wsUrl: string, options: { protocol?: string | null; headers?: Record<string, string> } = {}) {
  const protocols = options.protocol === null ? [] : [options.protocol ?? 'graphql-transport-ws'];
  const socket = new WebSocket(wsUrl, protocols, { headers: options.headers });
  const messages: Record<string, any>[] = [];
  socket.on('message', (data) => messages.push(JSON.parse(String(data))));
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: String(reason) })));
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  opened.catch(() => {});
  // A refused upgrade surfaces as an HTTP response instead of an open socket.
  const refused = new Promise<number>((resolve) => socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)));
  socket.on('error', () => {});
  const send = (message: unknown) => socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  return { socket, messages, opened, closed, refused, send };
}
