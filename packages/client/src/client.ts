import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import {
  LoginDocument,
  LogoutDocument,
  RefreshSessionDocument,
  RegisterDocument,
  type LoginMutation,
  type RegisterInput,
  type RegisterMutation,
} from './__generated__/graphql';
import { ShopClientError } from './errors';
import { sendOperation, type HttpResult } from './http';
import { LiveConnection, type LiveSubscription, type SubscriptionSink } from './live';
import { operationOf, type Document } from './operations';
import { DEFAULT_RETRY, type RetryPolicy } from './retry';
import { SessionKeeper, type Session } from './session';

export interface ShopClientOptions {
  /** The gateway's GraphQL URL, e.g. http://localhost:4000/graphql. */
  url: string;
  /** graphql-ws URL; default: `url` with ws(s)://. */
  wsUrl?: string;
  /**
   * Send registered document ids instead of document text (trusted documents): what a production
   * gateway (TRUSTED_DOCUMENTS=enforce) runs. Default false: text, which development gateways run.
   */
  persistedDocuments?: boolean;
  /** A session kept from before (e.g. from storage); see onSessionChange. */
  session?: Session | null;
  /** Called whenever the session is set, renewed or cleared: persist it if the app should survive a reload. */
  onSessionChange?: (session: Session | null) => void;
  /** Renew the token when it expires within this long (default 30 s). */
  refreshMarginMs?: number;
  /** Re-sending safe operations (queries, idempotency-keyed mutations). */
  retry?: Partial<RetryPolicy>;
  /** Re-subscribing after a dropped socket (attempts in a row; default 10, 250 ms doubling to 10 s). */
  resume?: Partial<RetryPolicy>;
  /** Per attempt (default 15 s). */
  timeoutMs?: number;
  headers?: Record<string, string>;
  fetch?: typeof fetch;
  /** A WebSocket class where there is no global one (Node < 22: the `ws` package). */
  webSocketImpl?: unknown;
}

/** Variables may be left out when the operation requires none. */
type Variables<D> =
  VariablesOf<D> extends Record<string, never>
    ? [variables?: VariablesOf<D>]
    : Partial<VariablesOf<D>> extends VariablesOf<D>
      ? [variables?: VariablesOf<D>]
      : [variables: VariablesOf<D>];

/** Any typed document; results and variables are inferred from the one passed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDocument = Document<any, any>;

/**
 * The shop's typed client: `request` and `execute` for queries and mutations over fetch,
 * `subscribe` and `live` for subscriptions over graphql-ws, and the session (login, register,
 * logout, refresh) behind both. Results are typed by the document: pass the generated
 * `…Document` constants this package exports.
 */
export class ShopClient {
  private readonly keeper: SessionKeeper;
  private readonly sockets: LiveConnection;
  private readonly http;

  constructor(options: ShopClientOptions) {
    const persistedDocuments = options.persistedDocuments ?? false;
    this.http = {
      url: options.url,
      fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
      headers: options.headers ?? {},
      persistedDocuments,
      retry: { ...DEFAULT_RETRY, ...options.retry },
      timeoutMs: options.timeoutMs ?? 15_000,
    };
    this.keeper = new SessionKeeper(
      options.session ?? null,
      (refreshToken) => this.renew(refreshToken),
      options.refreshMarginMs ?? 30_000,
      (s) => options.onSessionChange?.(s),
    );
    this.sockets = new LiveConnection(
      {
        url: options.wsUrl ?? options.url.replace(/^http/, 'ws'),
        webSocketImpl: options.webSocketImpl,
        persistedDocuments,
        resume: { attempts: 10, baseDelayMs: 250, maxDelayMs: 10_000, ...options.resume },
      },
      this.keeper,
    );
  }

  get session(): Session | null {
    return this.keeper.session;
  }

  /** The data and errors of a query or mutation (partial data comes with errors; nothing is thrown for them). */
  async execute<D extends AnyDocument>(document: D, ...[variables]: Variables<D>): Promise<HttpResult<ResultOf<D>>> {
    const info = operationOf(document);
    if (info.type === 'subscription') throw new Error(`${info.name} is a subscription: use subscribe() or live().`);
    return sendOperation<ResultOf<D>>(this.http, this.keeper, info, variables as Record<string, unknown> | undefined);
  }

  /** The data of a query or mutation; throws a ShopClientError carrying the errors if there were any. */
  async request<D extends AnyDocument>(document: D, ...[variables]: Variables<D>): Promise<ResultOf<D>> {
    const result = await this.execute(document, ...([variables] as Variables<D>));
    if (result.errors?.length || result.data == null) {
      throw new ShopClientError(result.errors?.[0]?.message ?? 'No data', result.errors ?? [], result.status);
    }
    return result.data;
  }

  /** Follows a subscription until unsubscribed; resumes from its cursor after a dropped socket (see RESUME_CURSORS). */
  subscribe<D extends AnyDocument>(document: D, variables: VariablesOf<D>, sink: SubscriptionSink<ResultOf<D>>): LiveSubscription {
    const info = operationOf(document);
    if (info.type !== 'subscription') throw new Error(`${info.name} is a ${info.type}: use request().`);
    return this.sockets.subscribe(info, variables as Record<string, unknown>, sink);
  }

  /** The subscription as an async iterator: `for await (const event of shop.live(OrderTrackingDocument, { orderId }))`. */
  live<D extends AnyDocument>(document: D, variables: VariablesOf<D>): AsyncIterableIterator<ResultOf<D>> {
    return iterate<ResultOf<D>>((sink) => this.subscribe(document, variables, sink));
  }

  /** Signs in; the session is kept and renewed from then on. Wrong credentials are userErrors, not a throw. */
  async login(email: string, password: string): Promise<LoginMutation['login']> {
    const { login } = await this.request(LoginDocument, { email, password });
    this.keep(login);
    return login;
  }

  /** Creates an account and signs in as it. */
  async register(input: RegisterInput): Promise<RegisterMutation['register']> {
    const { register } = await this.request(RegisterDocument, { input });
    this.keep(register);
    return register;
  }

  /** Revokes the refresh token and forgets the session. */
  async logout(): Promise<void> {
    const refreshToken = this.keeper.session?.refreshToken;
    this.keeper.set(null);
    if (refreshToken) await this.request(LogoutDocument, { refreshToken });
  }

  /** Ends every subscription and closes the socket. */
  async close(): Promise<void> {
    await this.sockets.close();
  }

  private keep(result: { token?: string | null; expiresAt?: string | null; refreshToken?: string | null; refreshTokenExpiresAt?: string | null }) {
    if (result.token && result.expiresAt) {
      this.keeper.set({
        token: result.token,
        expiresAt: result.expiresAt,
        refreshToken: result.refreshToken,
        refreshTokenExpiresAt: result.refreshTokenExpiresAt,
      });
    }
  }

  /** The refreshToken mutation, sent without a bearer token and never retried (its token is single use). */
  private async renew(refreshToken: string): Promise<Session | null> {
    const anonymous = new SessionKeeper(
      null,
      async () => null,
      0,
      () => {},
    );
    const result = await sendOperation<{ refreshToken: LoginMutation['login'] }>(this.http, anonymous, operationOf(RefreshSessionDocument), { refreshToken });
    const renewed = result.data?.refreshToken;
    if (!renewed?.token || !renewed.expiresAt) {
      if (result.errors?.length) throw new ShopClientError(result.errors[0]!.message, result.errors, result.status);
      return null;
    }
    return { token: renewed.token, expiresAt: renewed.expiresAt, refreshToken: renewed.refreshToken, refreshTokenExpiresAt: renewed.refreshTokenExpiresAt };
  }
}

export const createShopClient = (options: ShopClientOptions) => new ShopClient(options);

/** A push subscription as a pull iterator; `return()` (a `break` in for-await) unsubscribes. */
function iterate<T>(start: (sink: SubscriptionSink<T>) => LiveSubscription): AsyncIterableIterator<T> {
  const queue: T[] = [];
  let waiting: { resolve: (r: IteratorResult<T>) => void; reject: (e: unknown) => void } | null = null;
  let ended: { error?: unknown } | null = null;
  const settle = () => {
    if (!waiting) return;
    const w = waiting;
    if (queue.length) return ((waiting = null), w.resolve({ value: queue.shift()!, done: false }));
    if (ended) return ((waiting = null), ended.error ? w.reject(ended.error) : w.resolve({ value: undefined, done: true }));
  };
  const subscription = start({
    next: (data) => (queue.push(data), settle()),
    error: (error) => ((ended = { error }), settle()),
    complete: () => ((ended = {}), settle()),
  });
  return {
    next: () => new Promise((resolve, reject) => ((waiting = { resolve, reject }), settle())),
    return: async () => {
      subscription.unsubscribe();
      ended ??= {};
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
