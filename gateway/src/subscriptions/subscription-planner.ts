import { buildOperationContext } from '@apollo/gateway';
import { operationFromDocument, Supergraph, type Schema } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type PlanNode } from '@apollo/query-planner';
import type { DocumentNode, GraphQLSchema } from 'graphql';

export type OperationContext = ReturnType<typeof buildOperationContext>;

/** How one subscription operation runs: what to open where, and what to fetch for every event. */
export interface SubscriptionPlan {
  /** The root field's fetch, to be opened over graphql-ws on `primary.serviceName`. */
  primary: FetchNode;
  /** Fetches for the fields other subgraphs own, run once per event; absent when none. */
  rest?: PlanNode;
  operationContext: OperationContext;
}

const PLAN_CACHE_SIZE = 500;

/**
 * Plans subscriptions on the supergraph with Apollo's own query planner, which returns
 * `{ kind: 'Subscription', primary, rest }` for them although @apollo/gateway cannot execute that.
 * Plans are cached by operation text (a dashboard opens the same few subscriptions again and again).
 */
export class SubscriptionPlanner {
  /** The client-facing schema (federation form, for planning and result shaping). */
  readonly apiSchema: Schema;
  /** The client-facing schema as graphql-js, for validation. */
  readonly schema: GraphQLSchema;
  /** The supergraph as graphql-js, as executeQueryPlan wants it. */
  readonly supergraphSchema: GraphQLSchema;
  private readonly planner: QueryPlanner;
  private readonly cache = new Map<string, SubscriptionPlan>();

  constructor(supergraphSdl: string) {
    const supergraph = Supergraph.build(supergraphSdl);
    this.apiSchema = supergraph.apiSchema();
    this.schema = this.apiSchema.toGraphQLJSSchema();
    this.supergraphSchema = supergraph.schema.toGraphQLJSSchema();
    this.planner = new QueryPlanner(supergraph);
  }

  /** Plans a validated subscription operation. */
  plan(document: DocumentNode, source: string, operationName: string | undefined): SubscriptionPlan {
    const key = `${operationName ?? ''}\n${source}`;
    const cached = this.cache.get(key);
    if (cached) {
      // Least recently used goes first: re-insert on every hit.
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    const operation = operationFromDocument(this.apiSchema, document, { operationName });
    const { node } = this.planner.buildQueryPlan(operation);
    if (node?.kind !== 'Subscription') throw new Error(`Expected a subscription plan, got ${node?.kind ?? 'an empty plan'}`);
    const plan: SubscriptionPlan = {
      primary: node.primary,
      rest: node.rest,
      operationContext: buildOperationContext({ schema: this.schema, operationDocument: document, operationName }),
    };
    this.cache.set(key, plan);
    if (this.cache.size > PLAN_CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    return plan;
  }
}
