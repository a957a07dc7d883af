import type { ServiceMap } from '@apollo/gateway';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  EVENT_EXECUTION_PATH,
  graphqlRuntime,
  headerValue,
  readJsonBody,
  sendJson,
  signIdentity,
  verifyIdentity,
  type EventExecutionRequest,
  type Identity,
  type Logger,
} from '@shop/kit';
import type { FormattedExecutionResult, GraphQLFormattedError } from 'graphql';
import { resolveEvent } from './event-execution';
import type { SubscriptionPlanner } from './subscription-planner';

/** Where a subgraph-side caller (the users subgraph's webhook dispatcher) asks for one event's payload. */
export const EVENT_PAYLOAD_PATH = '/internal/event-payload';

const MAX_BODY_BYTES = 256 * 1024;

export interface EventPayloadOptions {
  planner: SubscriptionPlanner;
  dataSources: ServiceMap;
  /** Each subgraph's /graphql URL. */
  subgraphUrls: Record<string, string>;
  gatewaySecret: string;
  timeoutMs: number;
  mask: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  logger: Logger;
}

/**
 * POST /internal/event-payload `{ query, variables?, root }`, signed with the gateway secret like a
 * subgraph call: runs a stored subscription document against one event, as if it had arrived live.
 * The plan's primary fetch goes to the owning subgraph's /internal/execute-event with the event as
 * root value (its own resolvers shape it), then the rest of the plan fetches the fields the other
 * subgraphs own, exactly as for a live subscriber. Answers `{ data, errors }`, masked like HTTP.
 */
export function eventPayloadRoute(options: EventPayloadOptions) {
  const { parse, validate, getOperationAST } = graphqlRuntime;
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'POST only' });
    const parsed = await readJsonBody(req, res, MAX_BODY_BYTES);
    if (!parsed.ok) return;
    const verdict = verifyIdentity(options.gatewaySecret, (h) => headerValue(req, h), { method: 'POST', body: parsed.raw });
    if (!verdict.ok) return sendJson(res, 401, { errors: [{ message: 'Signed callers only.', extensions: { code: 'UNAUTHENTICATED' } }] });
    const body = parsed.body as Partial<EventExecutionRequest> | null;
    if (!body || typeof body.query !== 'string' || !body.root || typeof body.root !== 'object') {
      return sendJson(res, 400, { errors: [{ message: 'Expected { query, root }.', extensions: { code: 'BAD_REQUEST' } }] });
    }
    let document;
    try {
      document = parse(body.query);
    } catch (error) {
      return sendJson(res, 400, { errors: [{ message: (error as Error).message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }] });
    }
    const invalid = validate(options.planner.schema, document);
    if (invalid.length) return sendJson(res, 400, { errors: invalid.map((e) => ({ message: e.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })) });
    if (getOperationAST(document, body.operationName)?.operation !== 'subscription') {
      return sendJson(res, 400, { errors: [{ message: 'Expected one subscription operation.', extensions: { code: 'BAD_REQUEST' } }] });
    }
    const request = { document, source: body.query, operationName: body.operationName, variables: body.variables ?? {}, identity: verdict.identity };
    try {
      const plan = options.planner.plan(document, body.query, body.operationName);
      const primary = await primaryOnEvent(options, plan.primary, request.variables, body.root as Record<string, unknown>, verdict.identity);
      const result = await resolveEvent(options, plan, request, primary);
      const errors = result.errors?.map((e) => options.mask(e.toJSON(), e));
      return sendJson(res, 200, errors?.length ? { data: result.data, errors } : { data: result.data });
    } catch (error) {
      options.logger.error('event payload failed', { error });
      return sendJson(res, 502, { errors: [{ message: 'The payload could not be built.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  };
}

/** The primary fetch, answered by the owning subgraph for this one event. */
async function primaryOnEvent(
  options: EventPayloadOptions,
  primary: { serviceName: string; operation: string; operationName?: string; variableUsages?: string[] },
  allVariables: Record<string, unknown>,
  root: Record<string, unknown>,
  identity: Identity,
): Promise<FormattedExecutionResult> {
  const base = options.subgraphUrls[primary.serviceName];
  if (!base) throw new Error(`no URL for subgraph ${primary.serviceName}`);
  const variables: Record<string, unknown> = {};
  for (const name of primary.variableUsages ?? []) if (allVariables[name] !== undefined) variables[name] = allVariables[name];
  const payload: EventExecutionRequest = { query: primary.operation, operationName: primary.operationName, variables, root };
  const text = JSON.stringify(payload);
  const response = await fetch(base.replace(/\/graphql$/, EVENT_EXECUTION_PATH), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signIdentity(options.gatewaySecret, identity, { method: 'POST', body: text }) },
    body: text,
    signal: AbortSignal.timeout(options.timeoutMs),
  });
  const answer = (await response.json()) as FormattedExecutionResult;
  if (!response.ok) throw new Error(`subgraph ${primary.serviceName} refused the event execution (${response.status}): ${JSON.stringify(answer.errors)}`);
  return answer;
}
