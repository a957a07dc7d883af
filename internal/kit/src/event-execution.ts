import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { graphqlRuntime } from './graphql-runtime';
import type { Identity } from './identity';
import type { Logger } from './logger';

/**
 * The path on every subgraph where the gateway runs a subscription operation's selection against
 * one event, given as the root value, instead of waiting for a live one. graphql-js delivers a
 * live event the same way (`execute` with the event as rootValue, calling each field's `resolve`),
 * so a webhook payload is exactly what a subscriber would have received for that event. Only the
 * gateway may call it (signed like /graphql).
 */
export const EVENT_EXECUTION_PATH = '/internal/execute-event';

export interface EventExecutionRequest {
  query: string;
  operationName?: string;
  variables?: Record<string, unknown>;
  /** The event as the subscription's resolvers receive it from pub/sub. */
  root: Record<string, unknown>;
}

export function isEventExecutionRequest(body: unknown): body is EventExecutionRequest {
  const b = body as Partial<EventExecutionRequest> | null;
  return Boolean(b && typeof b.query === 'string' && b.root && typeof b.root === 'object' && !Array.isArray(b.root));
}

/** Runs the subscription operation's fields once, on `root`; errors masked like any response. */
export async function executeOnEvent<TContext>(
  options: {
    schema: GraphQLSchema;
    createContext: (identity: Identity, logger: Logger) => TContext | Promise<TContext>;
    mask: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
    logger: Logger;
  },
  identity: Identity,
  request: EventExecutionRequest,
): Promise<{ status: number; body: unknown }> {
  const { parse, validate, execute, getOperationAST, GraphQLError } = graphqlRuntime;
  let document;
  try {
    document = parse(request.query);
  } catch (error) {
    return { status: 400, body: { errors: [{ message: (error as Error).message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }] } };
  }
  const invalid = validate(options.schema, document);
  if (invalid.length) return { status: 400, body: { errors: invalid.map((e) => ({ ...e.toJSON(), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })) } };
  if (getOperationAST(document, request.operationName)?.operation !== 'subscription') {
    return { status: 400, body: { errors: [{ message: 'Only a subscription operation runs on an event.', extensions: { code: 'BAD_REQUEST' } }] } };
  }
  const logger = options.logger.child({ requestId: identity.requestId });
  const result = await execute({
    schema: options.schema,
    document,
    rootValue: request.root,
    contextValue: await options.createContext(identity, logger),
    variableValues: request.variables,
    operationName: request.operationName,
  });
  const errors = result.errors?.map((e) => options.mask(e.toJSON(), e instanceof GraphQLError ? e : new GraphQLError(String(e))));
  return { status: 200, body: errors?.length ? { data: result.data, errors } : { data: result.data } };
}
