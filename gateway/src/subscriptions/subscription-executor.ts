import type { ServiceMap } from '@apollo/gateway';
import { AsyncQueue, graphqlRuntime, type Logger } from '@shop/kit';
import type { FormattedExecutionResult, GraphQLError, GraphQLFormattedError } from 'graphql';
import { EVENT_SOURCE, resolveEvent, type SubscriptionRequest } from './event-execution';
import type { SubscriptionPlan, SubscriptionPlanner } from './subscription-planner';
import type { UpstreamSubscriptions } from './upstream';

export interface SubscriptionExecutorOptions {
  planner: SubscriptionPlanner;
  upstream: UpstreamSubscriptions;
  /** The same signed, deadline-bound HTTP data sources queries use, by subgraph name. */
  dataSources: ServiceMap;
  /** Results buffered per client subscription while the socket is slow to take them. */
  bufferSize: number;
  /** The gateway's error masking (plugins/error-masking.ts). */
  mask: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  logger: Logger;
}

/**
 * Runs federated subscriptions: opens the plan's primary over graphql-ws on the owning subgraph
 * and, for each of its events in turn, resolves the rest of the selection across the other
 * subgraphs, yielding results shaped and masked as an HTTP response would be. The returned
 * iterator's return() releases the upstream subscription at once; an upstream failure ends it
 * with that failure (formatted by errors.ts), never the socket.
 */
export class SubscriptionExecutor {
  constructor(private readonly options: SubscriptionExecutorOptions) {}

  start(request: SubscriptionRequest): AsyncIterableIterator<FormattedExecutionResult> | FormattedExecutionResult {
    let plan: SubscriptionPlan;
    let upstream: AsyncQueue<FormattedExecutionResult>;
    try {
      plan = this.options.planner.plan(request.document, request.source, request.operationName);
      const { primary } = plan;
      const variables: Record<string, unknown> = {};
      for (const name of primary.variableUsages ?? []) if (request.variables[name] !== undefined) variables[name] = request.variables[name];
      upstream = this.options.upstream.open(
        primary.serviceName,
        { query: primary.operation, operationName: primary.operationName, variables },
        request.identity,
      );
    } catch (error) {
      // A planning failure is a result with errors, never an exception: that would close the socket.
      return { errors: [this.format(error)] };
    }
    const results = new AsyncQueue<FormattedExecutionResult>(this.options.bufferSize, () => void upstream.return());
    void this.pump(plan, request, upstream, results);
    return results;
  }

  private async pump(
    plan: SubscriptionPlan,
    request: SubscriptionRequest,
    upstream: AsyncQueue<FormattedExecutionResult>,
    results: AsyncQueue<FormattedExecutionResult>,
  ) {
    try {
      // One event at a time, so the client sees events in the order the subgraph sent them.
      for await (const event of upstream) {
        if (!results.push(await this.resolve(plan, request, event))) return;
      }
      results.end();
    } catch (error) {
      results.fail(error);
    }
  }

  private async resolve(plan: SubscriptionPlan, request: SubscriptionRequest, event: FormattedExecutionResult): Promise<FormattedExecutionResult> {
    try {
      const result = await resolveEvent(this.options, plan, request, event);
      const errors = result.errors?.map((e) => this.format(e, plan.primary.serviceName));
      return errors?.length ? { data: result.data, errors } : { data: result.data };
    } catch (error) {
      return { data: null, errors: [this.format(error)] };
    }
  }

  /** Masks like HTTP; errors of the event itself name the subgraph that sent it, not EVENT_SOURCE. */
  private format(error: unknown, primaryService?: string): GraphQLFormattedError {
    const graphqlError: GraphQLError =
      error instanceof graphqlRuntime.GraphQLError
        ? error
        : new graphqlRuntime.GraphQLError(String((error as Error)?.message ?? error), { originalError: error as Error });
    let formatted = graphqlError.toJSON();
    if (formatted.extensions?.serviceName === EVENT_SOURCE) formatted = { ...formatted, extensions: { ...formatted.extensions, serviceName: primaryService } };
    return this.options.mask(formatted, graphqlError);
  }
}
