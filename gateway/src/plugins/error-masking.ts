import { isExposedError, type Logger } from '@shop/kit';
import type { GraphQLFormattedError } from 'graphql';
import { TrustedDocumentCode } from '../trusted-documents';

/**
 * Errors raised on purpose (stable codes from the subgraphs or the gateway, including
 * SUBGRAPH_UNAVAILABLE / SUBGRAPH_TIMEOUT for an outage) reach the client without the subgraph's
 * name; anything else is logged and shown as a generic error so that no URL or stack leaks.
 *
 * The gateway's own refusals (limits/, trusted-documents/): their messages are written for the client.
 */
const GATEWAY_CODES = new Set<unknown>(['RATE_LIMITED', 'OVERLOADED', ...Object.values(TrustedDocumentCode)]);

export function maskGatewayError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (isExposedError(code) || GATEWAY_CODES.has(code)) {
      // serviceName (added by @apollo/gateway) and a failed fetch's response would tell clients our topology.
      const { stacktrace: _s, exception: _e, serviceName: _n, response: _r, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error('masked error', { message: formatted.message, path: formatted.path, code, error: (error as { originalError?: unknown }).originalError });
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
