import { executeQueryPlan, type GraphQLDataSource, type ServiceMap } from '@apollo/gateway';
import type { PlanNode } from '@apollo/query-planner';
import type { Identity, Logger } from '@shop/kit';
import type { DocumentNode, FormattedExecutionResult, GraphQLError } from 'graphql';
import type { GatewayContext } from '../context';
import type { SubscriptionPlan, SubscriptionPlanner } from './subscription-planner';

type RequestContext = Parameters<typeof executeQueryPlan>[2];

/** The service name the primary fetch is re-pointed at: a data source that answers with the event. */
export const EVENT_SOURCE = '__subscription_event__';

export interface SubscriptionRequest {
  document: DocumentNode;
  source: string;
  operationName?: string;
  variables: Record<string, unknown>;
  identity: Identity;
}

/**
 * Turns one event of the primary subscription into the client's full result. The plan run is
 * `Sequence[primary, rest]` with the primary fetch answered by the event itself, so Apollo's
 * executeQueryPlan does everything it does for a query: entity fetches to the other subgraphs
 * (signed, with deadlines), @include/@skip conditions, error paths, and shaping the merged data
 * to the client's selection (aliases, fragments, __typename).
 */
export async function resolveEvent(
  deps: { planner: SubscriptionPlanner; dataSources: ServiceMap; logger: Logger },
  plan: SubscriptionPlan,
  request: SubscriptionRequest,
  event: FormattedExecutionResult,
): Promise<{ data?: Record<string, unknown> | null; errors?: readonly GraphQLError[] }> {
  const answer: GraphQLDataSource = { process: async () => ({ data: event.data ?? null, errors: event.errors }) };
  const primary = { ...plan.primary, serviceName: EVENT_SOURCE };
  const node: PlanNode = plan.rest ? { kind: 'Sequence', nodes: [primary, plan.rest] } : primary;
  const context: GatewayContext = { identity: request.identity };
  const requestContext = {
    request: { query: request.source, operationName: request.operationName, variables: request.variables },
    context,
    logger: deps.logger,
    schema: deps.planner.schema,
    document: request.document,
    source: request.source,
    operationName: request.operationName ?? null,
    operation: plan.operationContext.operation,
    metrics: {},
    overallCachePolicy: undefined,
  } as unknown as RequestContext;
  const { planner } = deps;
  return executeQueryPlan(
    { kind: 'QueryPlan', node },
    { ...deps.dataSources, [EVENT_SOURCE]: answer },
    requestContext,
    plan.operationContext,
    planner.supergraphSchema,
    planner.apiSchema,
  );
}
