import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { graphqlRuntime, serveGraphqlWs, type GraphqlWsEndpoint, type Identity, type Logger, type WsExtra } from '@shop/kit';
import type { DocumentNode, ExecutionArgs, ExecutionResult, FormattedExecutionResult, GraphQLError, GraphQLFormattedError } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { verifyAuthorization, type Caller, type GatewayContext, type JwtSettings } from '../context';
import { clientIp, OVERLOADED, RATE_LIMITED, rateLimitedMessage, rateLimitKey } from '../limits';
import type { RateLimits } from '../limits/setup';
import { admitOperation, type OperationLimits } from '../analysis';
import type { TrustedDocuments } from '../trusted-documents';
import type { OperationCost } from '../analysis/cost';
import { formatWsErrors, WsErrorCode, wsError } from './errors';
import { isAllowedOrigin } from './origin';
import type { SubscriptionExecutor } from './subscription-executor';
import type { SubscriptionPlanner } from './subscription-planner';

const { getVariableValues, validate } = graphqlRuntime;

export interface SocketLimits {
  /** A socket must send connection_init within this many ms (else 4408). */
  connectionInitTimeoutMs: number;
  /** Largest message a client may send (else 1009). */
  maxMessageBytes: number;
  /** Active subscriptions a socket may hold; one more is refused with TOO_MANY_SUBSCRIPTIONS. */
  maxSubscriptionsPerSocket: number;
}

export interface GatewayWsOptions {
  httpServer: Server;
  apollo: ApolloServer<GatewayContext>;
  planner: SubscriptionPlanner;
  executor: SubscriptionExecutor;
  jwt: JwtSettings;
  corsOrigins: readonly string[];
  limits: SocketLimits;
  /** The same cost buckets and in-flight bound as HTTP. */
  rateLimits: RateLimits;
  /** The same admission as HTTP (analysis/admission.ts), for every operation sent over a socket. */
  operationLimits: OperationLimits;
  production: boolean;
  /** The same trusted-documents mode and manifest as HTTP: an id in the subscribe payload becomes its text. */
  trusted: TrustedDocuments;
  mask: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  logger: Logger;
}

interface Socket extends WsExtra {
  caller?: Caller;
  /** The client's address, for its rate-limit bucket when anonymous. */
  clientIp: string;
  /** Ids of this socket's running subscriptions (the cap counts them). */
  subscriptions: Set<string>;
}

/** What onSubscribe hands to execute/subscribe for one operation. */
interface Operation {
  identity: Identity;
  payload: SubscribePayload;
  document: DocumentNode;
  cost: OperationCost;
}

const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The gateway's graphql-ws endpoint on its own port and /graphql path. connection_init carries
 * `{ authorization: "Bearer <jwt>" }` (or nothing, for an anonymous shopper), checked by the same
 * code as HTTP; a bad token closes with 4403, and so does a token's expiry later on. Queries and
 * mutations run through Apollo Server exactly as over HTTP (same context, plugins, limits,
 * masking); subscriptions are validated, limited and planned here and run by the
 * SubscriptionExecutor. graphql-ws itself enforces the protocol close codes (4400, 4401, 4408,
 * 4409, 4429); `ws` closes oversized messages with 1009; foreign origins get 403 on the upgrade.
 */
export function serveGatewayWs(options: GatewayWsOptions): GraphqlWsEndpoint {
  const { planner, limits, rateLimits, logger, mask } = options;
  const origins = new Set(options.corsOrigins);
  const refuse = (message: string, code: string, from?: GraphQLError) => [wsError(message, code, from)];
  const clean = (message: string) => (options.production ? message.replace(/ Did you mean(.+)\?$/, '') : message);

  return serveGraphqlWs<Record<string, unknown> | undefined, Socket>({
    httpServer: options.httpServer,
    path: '/graphql',
    maxMessageBytes: limits.maxMessageBytes,
    verifyUpgrade: (request) => (isAllowedOrigin(request, origins) ? null : 403),
    extra: (socket, request) => ({ socket, request, subscriptions: new Set(), clientIp: clientIp(request, rateLimits.trustedProxies) }),
    logger,
    server: {
      connectionInitWaitTimeout: limits.connectionInitTimeoutMs,
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        if (authorization !== undefined && typeof authorization !== 'string') return false;
        try {
          ctx.extra.caller = await verifyAuthorization(authorization, options.jwt);
        } catch {
          return false;
        }
        closeAtExpiry(ctx.extra);
        return true;
      },
      onSubscribe: async (ctx, id, sent) => {
        const resolved = options.trusted.resolve(sent, 'ws');
        if (!resolved.ok) return [wsError(resolved.error.message, String(resolved.error.extensions.code), resolved.error)];
        const payload = resolved.request as SubscribePayload;
        const admission = admitOperation(planner.schema, payload, options.operationLimits, 'ws');
        if (!admission.ok) return [wsError(admission.error.message, String(admission.error.extensions.code), admission.error)];
        if (!admission.document) return refuse('The subscribe message has no query.', 'BAD_REQUEST');
        const { document, operation } = admission;
        const cost = { requested: admission.analysis.cost };
        const { caller, subscriptions } = ctx.extra;
        const identity: Identity = { userId: caller?.userId ?? null, role: caller?.role ?? null, requestId: randomUUID(), clientIp: ctx.extra.clientIp };
        const args = { schema: planner.schema, document, operationName: payload.operationName, variableValues: payload.variables };
        // Each operation on the socket spends from the caller's bucket as it would over HTTP; a refusal ends only that operation.
        const spend = async () => {
          if (!rateLimits.limiter) return null;
          const points = rateLimits.spendsAdmissionCost
            ? Math.max(1, cost.requested)
            : rateLimits.costOf({ document, operationName: payload.operationName, variables: payload.variables });
          const state = await rateLimits.limiter.spend(rateLimitKey(identity), points);
          return state.allowed ? null : [wsError(rateLimitedMessage(state), RATE_LIMITED, undefined, { retryAfterSeconds: state.retryAfterSeconds })];
        };
        // Queries and mutations: Apollo Server parses and validates them again, as for HTTP.
        if (operation.operation !== 'subscription')
          return (await spend()) ?? { ...args, contextValue: { identity, payload, document, cost } satisfies Operation };

        // graphql-ws forgets an operation the moment its complete message arrives, before our
        // onComplete runs: count by its books, so complete-then-subscribe is never refused.
        for (const running of subscriptions) if (!(running in ctx.subscriptions)) subscriptions.delete(running);
        if (subscriptions.size >= limits.maxSubscriptionsPerSocket) {
          return refuse(
            `This connection already has ${subscriptions.size} subscriptions (limit ${limits.maxSubscriptionsPerSocket}).`,
            WsErrorCode.TOO_MANY_SUBSCRIPTIONS,
          );
        }
        const invalid = validate(planner.schema, document);
        if (invalid.length) return invalid.map((e) => wsError(clean(e.message), 'GRAPHQL_VALIDATION_FAILED', e));
        const coerced = getVariableValues(planner.schema, operation.variableDefinitions ?? [], payload.variables ?? {});
        if (coerced.errors) return coerced.errors.map((e) => wsError(e.message, 'BAD_USER_INPUT', e));
        // Counted before the (asynchronous) spend, so subscribes arriving meanwhile see the cap.
        subscriptions.add(id);
        const refused = await spend();
        if (refused) {
          subscriptions.delete(id);
          return refused;
        }
        return { ...args, contextValue: { identity, payload, document, cost } satisfies Operation };
      },
      // Both return formatted results (errors masked already), hence the casts; onNext sends them as they are.
      execute: (args) => runOperation(options.apollo, rateLimits, args) as Promise<ExecutionResult>,
      subscribe: (args) => {
        const { identity, payload, document } = args.contextValue as Operation;
        const request = { document, source: payload.query, operationName: payload.operationName ?? undefined, variables: payload.variables ?? {}, identity };
        return options.executor.start(request) as AsyncIterableIterator<ExecutionResult> | ExecutionResult;
      },
      onNext: (_ctx, _id, _payload, _args, result) => result,
      onError: (_ctx, _id, _payload, errors) => formatWsErrors(errors, mask, logger),
      onComplete: (ctx, id) => void ctx.extra.subscriptions.delete(id),
    },
  });
}

/** Runs a query or mutation through Apollo Server, as an HTTP request would run. */
async function runOperation(apollo: ApolloServer<GatewayContext>, rateLimits: RateLimits, args: ExecutionArgs): Promise<FormattedExecutionResult> {
  const { identity, payload, cost } = args.contextValue as Operation;
  if (!rateLimits.inFlight.tryAcquire()) return { errors: [{ message: 'The gateway is at capacity; retry shortly.', extensions: { code: OVERLOADED } }] };
  let response;
  try {
    response = await apollo.executeOperation(
      {
        query: payload.query,
        operationName: payload.operationName ?? undefined,
        variables: payload.variables ?? undefined,
        extensions: payload.extensions ?? undefined,
      },
      { contextValue: { identity, cost, rateLimit: { spentElsewhere: true } } },
    );
  } finally {
    rateLimits.inFlight.release();
  }
  if (response.body.kind === 'single') return response.body.singleResult;
  return { errors: [{ message: 'Incremental delivery is not supported over graphql-ws.', extensions: { code: 'BAD_REQUEST' } }] };
}

/** A socket lives no longer than its token: at expiry it closes with 4403 and the client re-authenticates. */
function closeAtExpiry(socket: Socket) {
  const expiresAt = socket.caller?.expiresAt;
  if (!expiresAt) return;
  const ms = expiresAt * 1000 - Date.now();
  if (ms > MAX_TIMER_MS) return;
  const timer = setTimeout(() => socket.socket.close(4403, 'Token expired'), Math.max(ms, 0));
  timer.unref();
  socket.socket.once('close', () => clearTimeout(timer));
}
