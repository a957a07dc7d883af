import { GraphQLError } from 'graphql';

/** Stable `extensions.code` values clients may switch on. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const badInput = (message: string, field?: string) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field } : {}) } });
export const unauthenticated = (message = 'You must be signed in.') => new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
export const forbidden = (message = 'You are not allowed to do that.') => new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
export const notFound = (message: string) => new GraphQLError(message, { extensions: { code: ErrorCode.NOT_FOUND } });

const EXPOSED = new Set<string>(Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR));
/** Apollo's own codes for malformed requests; safe to show as they are. */
const APOLLO_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** The gateway's refusals of whole operations (limits) and its coded subgraph outages. */
const GATEWAY_CODES = new Set([
  'QUERY_TOO_DEEP',
  'QUERY_TOO_MANY_ALIASES',
  'QUERY_TOO_MANY_ROOT_FIELDS',
  'QUERY_TOO_MANY_FIELDS',
  'QUERY_TOO_MANY_DIRECTIVES',
  'QUERY_TOO_MANY_TOKENS',
  'QUERY_TOO_COMPLEX',
  'SUBGRAPH_UNAVAILABLE',
  'SUBGRAPH_TIMEOUT',
]);

/** True when the error was raised on purpose and its message is meant for the client. */
export function isExposedError(code: unknown): boolean {
  return typeof code === 'string' && (EXPOSED.has(code) || APOLLO_REQUEST_CODES.has(code) || GATEWAY_CODES.has(code));
}
