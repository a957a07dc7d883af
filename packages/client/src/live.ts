import type { FormattedExecutionResult, GraphQLFormattedError } from 'graphql';
import { createClient, type Client, type SubscribePayload } from 'graphql-ws';
import { ShopClientError, TRANSIENT_CODES } from './errors';
import type { OperationInfo } from './operations';
import { cursorOf, resumePlan } from './resume';
import { backoffMs, type RetryPolicy } from './retry';
import type { SessionKeeper } from './session';

export interface LiveOptions {
  url: string;
  webSocketImpl?: unknown;
  persistedDocuments: boolean;
  /** Re-subscribing after a dropped socket: attempts in a row without a connection (default 10). */
  resume: RetryPolicy;
}

export interface SubscriptionSink<TData> {
  next(data: TData, result: FormattedExecutionResult<TData>): void;
  /** The subscription ended for good: refused, or the socket could not be re-opened. */
  error?(error: ShopClientError): void;
  complete?(): void;
}

export interface LiveSubscription {
  unsubscribe(): void;
}

/** Close codes after which trying again cannot help (graphql-ws: bad request, unauthorized, subprotocol, duplicate id). */
const FATAL_CLOSES = new Set([4400, 4401, 4406, 4409, 4429, 4500]);
/** Closed at the token's expiry, or refused at connect: worth one try with a renewed token. */
const FORBIDDEN = 4403;

/** The subscribe payload: a registered id over graphql-ws is an empty query plus Apollo's persistedQuery extension. */
export function subscribePayload(info: OperationInfo, variables: Record<string, unknown> | undefined, persisted: boolean): SubscribePayload {
  const common = { operationName: info.name, variables: variables ?? {} };
  if (!persisted) return { query: info.text, ...common };
  if (!info.hash) throw new Error(`Operation ${info.name ?? '(anonymous)'} is not a registered document (no __meta__.hash).`);
  return { query: '', ...common, extensions: { persistedQuery: { version: 1, sha256Hash: info.hash } } };
}

/**
 * Subscriptions (and nothing else) over one lazy graphql-ws socket. graphql-ws's own retry is off:
 * when the socket drops, each subscription subscribes again itself, with its variables moved to
 * the last cursor it delivered (RESUME_CURSORS), so the server replays what was missed — no gap —
 * and anything at or before that cursor is dropped — no duplicate.
 */
export class LiveConnection {
  private client: Client | null = null;
  private readonly onConnected = new Set<() => void>();
  private readonly active = new Set<() => void>();

  constructor(
    private readonly options: LiveOptions,
    private readonly keeper: SessionKeeper,
  ) {}

  private socket(): Client {
    this.client ??= createClient({
      url: this.options.url,
      webSocketImpl: this.options.webSocketImpl,
      lazy: true,
      retryAttempts: 0,
      connectionParams: async () => {
        const token = await this.keeper.token();
        return token ? { authorization: `Bearer ${token}` } : {};
      },
      on: { connected: () => this.onConnected.forEach((listener) => listener()) },
    });
    return this.client;
  }

  subscribe<TData>(info: OperationInfo, variables: Record<string, unknown> | undefined, sink: SubscriptionSink<TData>): LiveSubscription {
    const plan = resumePlan(info);
    let current = variables ?? {};
    let last: number | undefined;
    let failures = 0;
    let stopped = false;
    let release: (() => void) | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const connected = () => void (failures = 0);
    const stop = () => {
      stopped = true;
      clearTimeout(timer);
      release?.();
      this.onConnected.delete(connected);
      this.active.delete(stop);
    };
    const fail = (error: ShopClientError) => {
      stop();
      sink.error?.(error);
    };
    const again = async (forbidden: boolean) => {
      failures++;
      if (failures >= this.options.resume.attempts)
        return fail(new ShopClientError(`${info.name ?? 'The subscription'} could not be resumed after ${failures} attempts.`));
      // A token refused at connect or at its expiry: renew it before the next connect (connectionParams sends it).
      if (forbidden && !(await this.keeper.renewAfterRefusal(this.keeper.session?.token).catch(() => false)) && failures > 1) {
        return fail(
          new ShopClientError('The API closed the subscription socket: the session is not valid (4403).', [
            { message: 'Forbidden', extensions: { code: 'UNAUTHENTICATED' } },
          ]),
        );
      }
      if (!stopped) timer = setTimeout(start, backoffMs(this.options.resume, failures));
    };
    const start = () => {
      if (stopped) return;
      let payload: SubscribePayload;
      try {
        payload = subscribePayload(info, current, this.options.persistedDocuments);
      } catch (error) {
        return fail(new ShopClientError((error as Error).message));
      }
      release = this.socket().subscribe<TData>(payload, {
        next: (result) => {
          if (stopped) return;
          const cursor = plan ? cursorOf(plan, result.data) : undefined;
          if (cursor !== undefined) {
            if (last !== undefined && cursor <= last) return;
            last = cursor;
            if (plan?.variable) current = { ...current, [plan.variable]: cursor };
          }
          failures = 0;
          if (result.data != null) sink.next(result.data as TData, result as FormattedExecutionResult<TData>);
          else if (result.errors) fail(new ShopClientError(result.errors[0]?.message ?? 'Subscription error', result.errors));
        },
        error: (error) => {
          if (stopped) return;
          release = undefined;
          if (Array.isArray(error)) {
            const errors = error as GraphQLFormattedError[];
            if (errors.every((e) => TRANSIENT_CODES.has(e.extensions?.code as string))) return void again(false);
            return fail(new ShopClientError(errors[0]?.message ?? 'The subscription was refused.', errors));
          }
          const code = (error as { code?: unknown })?.code;
          if (typeof code === 'number' && FATAL_CLOSES.has(code))
            return fail(new ShopClientError(`The API closed the subscription socket (${code}).`, [], undefined, { cause: error }));
          void again(code === FORBIDDEN);
        },
        complete: () => {
          if (stopped) return;
          stop();
          sink.complete?.();
        },
      });
    };
    this.onConnected.add(connected);
    this.active.add(stop);
    start();
    return { unsubscribe: stop };
  }

  async close() {
    for (const stop of [...this.active]) stop();
    await this.client?.dispose();
    this.client = null;
  }
}
