import type { Server } from 'node:http';
import type { DocumentNode, GraphQLError as GraphQLErrorType, GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { ErrorCode } from './errors';
import { graphqlRuntime } from './graphql-runtime';
import { verifyIdentity, type Identity } from './identity';
import { findMalformedString, hasMalformedLiteral } from './input-guard';
import type { Logger } from './logger';
import { serveGraphqlWs, type GraphqlWsEndpoint, type WsExtra } from './ws-transport';

/** Where the gateway puts the end user's signed identity in each subscribe message. */
export const IDENTITY_EXTENSION = 'shopIdentity';

export interface SubgraphSubscriptionsOptions<TContext> {
  name: string;
  httpServer: Server;
  schema: GraphQLSchema;
  gatewaySecret: string;
  createContext: (identity: Identity, logger: Logger) => TContext | Promise<TContext>;
  maskError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  logger: Logger;
  maxMessageBytes: number;
  observe?: (request: { subgraph: string; query: string; variables: unknown }) => void;
}

const { GraphQLError, getOperationAST, parse, validate } = graphqlRuntime;
const reject = (message: string, code: string = 'BAD_REQUEST') => [new GraphQLError(message, { extensions: { code } })];
/** Parse and validation errors carry Apollo's codes, as over HTTP, so masking lets them through. */
const coded = (errors: readonly GraphQLErrorType[], code: string) =>
  errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, source: e.source, positions: e.positions, extensions: { code } }));

/** Reads a signed identity out of a plain object of header-named strings (connection_init, extensions). */
function signedIdentity(secret: string, carrier: unknown) {
  const fields = carrier && typeof carrier === 'object' ? (carrier as Record<string, unknown>) : {};
  return verifyIdentity(secret, (name) => (typeof fields[name] === 'string' ? (fields[name] as string) : undefined));
}

/**
 * The subgraph side of federated subscriptions: graphql-ws on the subgraph's own port and
 * /graphql path, executing its Subscription fields. Only the gateway may connect —
 * connection_init must carry an identity signed with the gateway secret (else 4403) — and the
 * gateway multiplexes many end users over one socket, so each subscribe message carries that
 * user's signed identity in `extensions.shopIdentity`, from which the operation's context is
 * built exactly as for HTTP. Only subscriptions are served here: queries and mutations go over
 * HTTP.
 */
export function serveSubgraphSubscriptions<TContext>(options: SubgraphSubscriptionsOptions<TContext>): GraphqlWsEndpoint {
  const { schema, gatewaySecret, logger } = options;
  const mask = (errors: readonly GraphQLErrorType[]) => errors.map((e) => options.maskError(e.toJSON(), e));

  return serveGraphqlWs<Record<string, unknown> | undefined, WsExtra>({
    httpServer: options.httpServer,
    path: '/graphql',
    maxMessageBytes: options.maxMessageBytes,
    logger,
    server: {
      onConnect: (ctx) => signedIdentity(gatewaySecret, ctx.connectionParams).ok,
      onSubscribe: async (_ctx, _id, payload) => {
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (error) {
          return coded([error as GraphQLErrorType], 'GRAPHQL_PARSE_FAILED');
        }
        if (hasMalformedLiteral(document) || findMalformedString(payload.variables ?? {})) {
          return reject('Text may not contain NUL characters or unpaired surrogates.', ErrorCode.BAD_USER_INPUT);
        }
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return reject('Unable to identify the operation.');
        if (operation.operation !== 'subscription') return reject('Only subscriptions are served over this socket; use HTTP.');
        const errors = validate(schema, document);
        if (errors.length) return coded(errors, 'GRAPHQL_VALIDATION_FAILED');
        const verdict = signedIdentity(gatewaySecret, payload.extensions?.[IDENTITY_EXTENSION]);
        if (!verdict.ok) return reject(`Calls must come through the gateway (${verdict.reason}).`, ErrorCode.UNAUTHENTICATED);
        options.observe?.({ subgraph: options.name, query: payload.query, variables: payload.variables });
        const requestLogger = logger.child({ requestId: verdict.identity.requestId });
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: await options.createContext(verdict.identity, requestLogger),
        };
      },
      // Events and failures are masked exactly as HTTP responses are.
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: mask(result.errors) } : undefined),
      onError: (_ctx, _id, _payload, errors) => mask(errors),
    },
  });
}
