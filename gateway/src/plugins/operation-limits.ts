import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context';
import { actualQueryCost } from '../analysis/cost';

/**
 * Reports `extensions.cost` on every answer, as Shopify does: `requestedQueryCost` computed at
 * admission (analysis/admission.ts, before Apollo sees the operation; HTTP and graphql-ws alike)
 * and `actualQueryCost` from the data returned. The limits themselves are enforced at admission.
 */
export function useCostReport(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue, operation }) {
          const cost = contextValue.cost;
          if (!cost || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const writes = operation?.operation === 'mutation' ? operation.selectionSet.selections.length : 0;
          result.extensions = {
            ...result.extensions,
            cost: { requestedQueryCost: cost.requested, actualQueryCost: result.data ? actualQueryCost(result.data, writes) : 0 },
          };
        },
      };
    },
  };
}
