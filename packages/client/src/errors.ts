import type { GraphQLFormattedError } from 'graphql';

/** An operation the API answered with errors (and perhaps partial data), or could not be reached for. */
export class ShopClientError extends Error {
  override readonly name = 'ShopClientError';
  constructor(
    message: string,
    /** The response's errors; `extensions.code` is stable (see docs/partner-guide.md). */
    readonly errors: readonly GraphQLFormattedError[] = [],
    /** The HTTP status, when there was a response. */
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** The first error's code: UNAUTHENTICATED, FORBIDDEN, PERSISTED_QUERY_NOT_FOUND, … */
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code as string | undefined;
  }
}

/** Codes of transient failures: a safe operation (a query, an idempotency-keyed mutation) is sent again. */
export const TRANSIENT_CODES: ReadonlySet<string> = new Set(['OVERLOADED', 'SUBGRAPH_UNAVAILABLE', 'SUBGRAPH_TIMEOUT', 'SUBSCRIPTION_INTERRUPTED']);

/** HTTP statuses after which the operation did not run, or may be sent again if it is safe. */
export const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);
