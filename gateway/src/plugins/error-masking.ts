import { isExposedError, type Logger } from '@shop/kit';
import type { GraphQLFormattedError } from 'graphql';

/**
 * Errors raised on purpose (stable codes from the subgraphs or the gateway) reach the client as
 * they are; anything else, such as a subgraph that is down, is logged and shown as a generic
 * error so that no URL or stack leaks.
 */
/** The gateway's own refusals (limits/): their messages are written for the client. */
const GATEWAY_CODES = new Set<unknown>(['RATE_LIMITED', 'OVERLOADED']);

export function maskGatewayError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (isExposedError(code) || GATEWAY_CODES.has(code)) {
      const { stacktrace: _s, exception: _e, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error('masked error', { message: formatted.message, path: formatted.path, code, error: (error as { originalError?: unknown }).originalError });
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
