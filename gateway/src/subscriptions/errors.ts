import { graphqlRuntime, QueueOverflowError, type Logger } from '@shop/kit';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { UpstreamFailure } from './upstream';

/** Codes only the socket produces; clients may switch on them. */
export const WsErrorCode = {
  /** The per-socket subscription cap was reached; this subscribe was refused, the others go on. */
  TOO_MANY_SUBSCRIPTIONS: 'TOO_MANY_SUBSCRIPTIONS',
  /** The subscription ended early (source subgraph gone, or the client fell too far behind); subscribe again. */
  SUBSCRIPTION_INTERRUPTED: 'SUBSCRIPTION_INTERRUPTED',
} as const;

/** Ours, plus the gateway's rate-limit refusal (limits/), which the socket raises itself. */
const OWN_CODES = new Set<unknown>([...Object.values(WsErrorCode), 'RATE_LIMITED']);

type Mask = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** A GraphQLError of the graphql copy graphql-ws checks against (see kit's graphql-runtime.ts). */
export const wsError = (message: string, code: string, from?: GraphQLError, extensions: Record<string, unknown> = {}) =>
  new graphqlRuntime.GraphQLError(message, { nodes: from?.nodes, source: from?.source, positions: from?.positions, extensions: { code, ...extensions } });

const interrupted = (message: string): GraphQLFormattedError => ({ message, extensions: { code: WsErrorCode.SUBSCRIPTION_INTERRUPTED } });

/**
 * Formats what graphql-ws sends in an `error` message: errors we raised on purpose as they are,
 * the reasons a running subscription ended as stable SUBSCRIPTION_INTERRUPTED errors, a subgraph's
 * refusal through the same masking as HTTP, and anything else as a masked internal error.
 */
export function formatWsErrors(errors: readonly GraphQLError[], mask: Mask, logger: Logger): GraphQLFormattedError[] {
  return errors.flatMap((error) => {
    const cause = error.originalError;
    if (cause instanceof UpstreamFailure) {
      if (cause.errors) return cause.errors.map((e) => mask(e, e));
      logger.warn('subscription interrupted: subgraph socket closed', { subgraph: cause.subgraph, code: cause.closeCode });
      return [interrupted('The subscription was interrupted because its source went away. Subscribe again to resume.')];
    }
    if (cause instanceof QueueOverflowError) {
      logger.warn('subscription ended: consumer too slow', { capacity: cause.capacity });
      return [interrupted('The subscription fell too far behind its events and was ended. Subscribe again to resume.')];
    }
    const formatted = error.toJSON();
    if (!cause && OWN_CODES.has(formatted.extensions?.code)) return [formatted];
    return [mask(formatted, error)];
  });
}
