import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { Identity } from '@shop/kit';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../context';
import type { BucketState, CostLimiter } from './cost-limiter';
import type { CostOf } from './cost';

/** A request's dealings with the cost bucket, kept on its context. */
export interface RateLimitBook {
  state?: BucketState;
  /** The graphql-ws endpoint spent this operation's cost before handing it to Apollo. */
  spentElsewhere?: boolean;
}

/** Signed-in callers spend from their own bucket (the JWT subject), anonymous ones from their address's. */
export const rateLimitKey = (identity: Identity) => (identity.userId ? `user:${identity.userId}` : `ip:${identity.clientIp ?? 'unknown'}`);

/** IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers), in the separate-fields form plus the policy. */
export function rateLimitHeaders(state: BucketState): Record<string, string> {
  return {
    'ratelimit-limit': String(state.limit),
    'ratelimit-remaining': String(state.remaining),
    'ratelimit-reset': String(state.resetSeconds),
    'ratelimit-policy': state.policy,
  };
}

export const RATE_LIMITED = 'RATE_LIMITED';

export const rateLimitedMessage = (state: BucketState) =>
  `Rate limit exceeded: this operation costs more than the ${state.remaining} points left. Retry in ${state.retryAfterSeconds} s.`;

const rateLimited = (state: BucketState) =>
  new GraphQLError(rateLimitedMessage(state), {
    extensions: {
      code: RATE_LIMITED,
      retryAfterSeconds: state.retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(state.retryAfterSeconds)]]) },
    },
  });

/**
 * Spends each operation's cost from its caller's bucket once the operation is known, refusing it
 * with 429 + Retry-After and RATE_LIMITED when the bucket cannot cover it, and puts the RateLimit
 * headers on every answer (a request that never got as far as an operation only reads the bucket).
 */
export function useRateLimit(limiter: CostLimiter, costOf: CostOf, spendAdmissionCost = true): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const book = (contextValue.rateLimit ??= {});
      const key = rateLimitKey(contextValue.identity);
      return {
        async didResolveOperation({ document, operationName, request }) {
          if (book.spentElsewhere) return;
          // The admission's calculated cost (list fields multiplied by their page size, at least 1) when it ran; else costOf.
          const admitted = spendAdmissionCost ? contextValue.cost?.requested : undefined;
          const cost = admitted !== undefined ? Math.max(1, admitted) : costOf({ document, operationName, variables: request.variables });
          book.state = await limiter.spend(key, cost);
          if (!book.state.allowed) throw rateLimited(book.state);
        },
        async willSendResponse({ response }) {
          if (book.spentElsewhere) return;
          const state = book.state ?? (await limiter.peek(key));
          for (const [name, value] of Object.entries(rateLimitHeaders(state))) response.http.headers.set(name, value);
        },
      };
    },
  };
}
